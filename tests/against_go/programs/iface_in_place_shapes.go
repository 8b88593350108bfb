package main

import (
	"fmt"
	"math"
	"sync"
)

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }

func (c Circle) String() string { return fmt.Sprintf("circle(%g)", c.R) }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Shape interface{ Area() float64 }

func describe(s interface{ String() string }) string { return "<" + s.String() + ">" }

func main() {
	var x interface{ Area() float64 }
	fmt.Println(x == nil)
	x = Circle{1}
	fmt.Printf("%.3f %T\n", x.Area(), x)
	var sh Shape = x
	x = Square{2}
	fmt.Println(sh.Area() < x.Area())
	fmt.Println(describe(Circle{2}))
	results := make([]float64, 3)
	var wg sync.WaitGroup
	for i, s := range []interface{ Area() float64 }{Circle{1}, Square{3}, sh} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = s.Area()
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Printf("%.2f ", r)
	}
	fmt.Println()
	if c, ok := x.(interface{ String() string }); ok {
		fmt.Println("stringer", c)
	} else {
		fmt.Println("not a stringer", x)
	}
	var st interface{ String() string } = Circle{5}
	fmt.Println(st)
}
