package main

// Comparing values: a struct with itself, arrays of structs, and the same through `any`.
// Two workers snapshot a shared grid; main compares the snapshots as values.

import (
	"fmt"
	"sync"
)

type Cell struct {
	Row, Col int
	Mark     string
	Next     *Cell
}

type Grid [3]Cell

func main() {
	c := Cell{1, 2, "x", nil}
	fmt.Println(c == c)
	var boxed any = c
	fmt.Println(boxed == boxed, boxed == any(Cell{1, 2, "x", nil}))
	p := &c
	fmt.Println(*p == c, p == p)

	var g Grid
	var mu sync.Mutex
	snaps := make([]Grid, 2)
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			snaps[w] = g
		})
	}
	wg.Wait()
	fmt.Println(g == g, snaps[0] == snaps[1], snaps[0] == g)
	g[1].Mark = "o"
	fmt.Println(snaps[0] == g, g[0] == g[2])
	a1, a2 := [2]Cell{}, [2]Cell{}
	a1[0].Row = 1
	fmt.Println(a1 == a2, a1 == a1)
	a2[0].Row = 1
	fmt.Println(a1 == a2)
	var x, y any = [1]Cell{{Row: 1}}, [1]Cell{{Row: 1}}
	fmt.Println(x == y)
}
