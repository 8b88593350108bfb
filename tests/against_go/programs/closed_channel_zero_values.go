package main

import (
	"fmt"
	"sync"
)

type point struct{ X, Y int }

type order struct {
	id    int
	items [3]string
	by    *point
}

// Once a channel is closed and drained, every receive gives its element type's zero value
// at once, with ok false: a struct's, an array's and a pointer's too.
func main() {
	points := make(chan point, 2)
	points <- point{1, 2}
	close(points)
	for range 3 {
		p, ok := <-points
		fmt.Println(p, ok)
	}

	orders := make(chan order)
	close(orders)
	o, ok := <-orders
	o.items[0] = "mine"
	again := <-orders
	fmt.Printf("%v %v %q %v\n", o.id, ok, again.items, again.by == nil)

	ptrs := make(chan *point)
	grids := make(chan [2][2]int)
	close(ptrs)
	close(grids)
	select {
	case q, ok := <-ptrs:
		fmt.Println(q == nil, q, ok)
	}
	g := <-grids
	fmt.Println(len(g), g)

	// Workers told to stop by a close, each getting its zero value.
	var wg sync.WaitGroup
	quit := make(chan point)
	seen := make([]point, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seen[i] = <-quit
		}()
	}
	close(quit)
	wg.Wait()
	fmt.Println(seen)

	// A function value's several results passed on whole, as a declared function's are.
	split := func(n int) (int, int) { return n / 10, n % 10 }
	fmt.Println(split(47))
	sum := func(xs ...int) int {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t
	}
	fmt.Println(sum(split(93)))
}
