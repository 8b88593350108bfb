package main

import (
	"fmt"
	"sync"
)

// Hits counts visits; its methods change the count through a pointer.
type Hits int

func (h *Hits) Add(n int) { *h += Hits(n) }

func (h *Hits) Inc() { *h++ }

func (h Hits) Double() Hits { return h * 2 }

func (h *Hits) Reset() Hits {
	old := *h
	*h = 0
	return old
}

var total Hits

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var hits Hits
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				mu.Lock()
				hits.Inc()
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits, hits.Double())

	p := &hits
	p.Add(10)
	fmt.Println("after add:", hits, p.Double())
	fmt.Printf("%v %d %T\n", *p, *p+1, hits)

	total.Inc()
	total.Add(41)
	fmt.Println("total:", total)
	fmt.Println("reset:", hits.Reset(), hits)

	inc := hits.Inc
	inc()
	inc()
	fmt.Println("method value:", hits)

	q := new(Hits)
	q.Add(7)
	fmt.Println("new:", *q, q.Double())
}
