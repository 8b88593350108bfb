package main

import (
	"errors"
	"fmt"
	"sync"
)

// Shapes measured by workers: each result goes back through an interface.
type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Square struct {
	Side float64
}

func (s *Square) Area() float64 { return s.Side * s.Side }
func (s *Square) Name() string  { return "square" }


func describe(s Shape) string {
	return fmt.Sprintf("%s of area %.1f", s.Name(), s.Area())
}

var ErrEmpty = errors.New("empty shape")

func measure(s Shape) (float64, error) {
	if s.Area() == 0 {
		return 0, fmt.Errorf("measure %s: %w", s.Name(), ErrEmpty)
	}
	return s.Area(), nil
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}, Rect{0, 5}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0.0
	var failures []error
	for i, s := range shapes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, err := measure(s)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failures = append(failures, err)
				fmt.Println("worker", i, "failed:", err)
				return
			}
			total += a
			fmt.Println("worker", i, describe(s))
		}()
	}
	wg.Wait()
	fmt.Printf("total %.1f, %d failed\n", total, len(failures))
	for _, err := range failures {
		fmt.Println(errors.Is(err, ErrEmpty), errors.Unwrap(err) == ErrEmpty, err)
	}
	var s Shape
	fmt.Println(s == nil, s)
	s = Rect{1, 1}
	fmt.Printf("%v %T %v\n", s, s, s.Area())
	s = &Square{2}
	fmt.Printf("%T %v\n", s, s.Name())
	var a any = 42
	fmt.Println(a, a == 42)
	a = "hello"
	fmt.Printf("%v %T %q\n", a, a, a)
	a = nil
	fmt.Printf("%v %T\n", a, a)
	err := errors.New("plain")
	fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
	fmt.Println(errors.Unwrap(err) == nil, errors.Is(err, err), errors.Is(err, errors.New("plain")))
}
