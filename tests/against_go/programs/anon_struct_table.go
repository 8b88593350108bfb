// Table-driven checks with an anonymous struct per case, a point made in place, a config
// read and written field by field, and results sent over a channel of anonymous structs.
package main

import (
	"fmt"
	"sync"
	"time"
)

func square(n int) int { return n * n }

func main() {
	for _, tc := range []struct {
		name string
		n    int
		want int
	}{
		{"zero", 0, 0},
		{"two", 2, 4},
		{name: "three", n: 3, want: 9},
	} {
		got := square(tc.n)
		fmt.Printf("%-6s got=%d want=%d ok=%v\n", tc.name, got, tc.want, got == tc.want)
	}

	pt := struct{ X, Y int }{1, 2}
	pt.X += 10
	fmt.Println(pt, pt.X, pt.Y)
	fmt.Printf("%v %+v %T\n", pt, pt, pt)

	var cfg struct {
		workers int
		delay   time.Duration
	}
	fmt.Println(cfg.workers, cfg.delay)
	cfg.workers = 3
	cfg.delay = 2 * time.Millisecond

	results := make(chan struct{ id, v int }, cfg.workers)
	var wg sync.WaitGroup
	for i := 1; i <= cfg.workers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(id) * cfg.delay)
			results <- struct{ id, v int }{id, square(id)}
		}(i)
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		fmt.Printf("worker %d: %d %v\n", r.id, r.v, r)
		sum += r.v
	}
	fmt.Println("sum", sum)

	var q struct{ X, Y int } = pt
	p := &q
	p.Y = 7
	fmt.Println(q, pt, *p)
	fmt.Printf("%+v %T\n", p, p)
	pairs := map[string]struct{ lo, hi int }{"a": {1, 2}, "b": {hi: 5}}
	fmt.Println(pairs["a"], pairs["b"], len(pairs))
}
