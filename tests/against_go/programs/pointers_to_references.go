package main

import (
	"errors"
	"fmt"
	"sync"
)

// A deferred helper that turns a panic into the caller's error, through a pointer to it.
func rescue(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("rescued: %v", r)
	}
}

func divide(a, b int) (q int, err error) {
	defer rescue(&err)
	return a / b, nil
}

// Fills a map the caller owns, making it first if it is nil.
func tally(into *map[string]int, words ...string) {
	if *into == nil {
		*into = make(map[string]int)
	}
	for _, w := range words {
		(*into)[w]++
	}
}

// Swaps the channel a worker listens on.
func retarget(dst *chan int, c chan int) { *dst = c }

type greeter interface{ greet() string }

type english struct{}

func (english) greet() string { return "hello" }

type french struct{}

func (french) greet() string { return "bonjour" }

func main() {
	if _, err := divide(7, 0); err != nil {
		fmt.Println(err)
	}
	q, err := divide(7, 2)
	fmt.Println(q, err)

	var counts map[string]int
	tally(&counts, "go", "rust", "go")
	tally(&counts, "go")
	fmt.Println(counts["go"], counts["rust"], len(counts))

	var out chan int
	retarget(&out, make(chan int, 1))
	out <- 42
	fmt.Println(<-out)

	var g greeter = english{}
	pg := &g
	fmt.Println((*pg).greet())
	*pg = french{}
	fmt.Println(g.greet())

	step := func(n int) int { return n + 1 }
	ps := &step
	*ps = func(n int) int { return n * 10 }
	fmt.Println(step(4))

	var v any = 3
	pv := &v
	*pv = "three"
	fmt.Println(v)

	pe := new(error)
	fmt.Println(*pe == nil)
	*pe = errors.New("late")
	fmt.Println(*pe)

	// Goroutines record their first failure through one shared pointer, under a lock.
	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
	)
	record := func(p *error, e error) {
		mu.Lock()
		defer mu.Unlock()
		if *p == nil {
			*p = e
		}
	}
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			record(&first, fmt.Errorf("worker %d failed", i))
		}()
	}
	wg.Wait()
	fmt.Println(first != nil)
}
