package main

import "fmt"

// A worker's state, printed the way people debug concurrent code: with field names.
type stats struct {
	done, failed int
	rate         float64
}

type worker struct {
	id    int
	name  string
	busy  bool
	stats stats
	next  *worker
}

func main() {
	w := worker{id: 1, name: "fetcher", stats: stats{done: 3, rate: 0.5}}
	fmt.Printf("%+v\n", w)
	fmt.Printf("%v\n", w.stats)
	fmt.Printf("%+v\n", w.stats)

	p := &worker{id: 2, name: "parser", busy: true}
	fmt.Printf("%+v\n", p)
	p.stats.failed++
	fmt.Printf("after a failure: %+v\n", p.stats)

	line := fmt.Sprintf("[%+v]", stats{done: -1})
	fmt.Println(line, len(line))

	// On a number, %+v is %v: the plus asks for field names, not a sign.
	fmt.Printf("%+v %+v %+v %+d\n", 5, -3, 2.5, 5)

	err := fmt.Errorf("worker %+v stopped", stats{failed: 2})
	fmt.Println(err)

	pool := []*worker{p, {id: 3, name: "writer"}}
	for _, w := range pool {
		fmt.Printf("%d: %+v\n", w.id, *w)
	}
}
