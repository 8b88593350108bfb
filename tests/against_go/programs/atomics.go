package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var hits atomic.Int64

type Gauge struct {
	level atomic.Int32
	name  string
}

func main() {
	var wg sync.WaitGroup
	g := &Gauge{name: "level"}
	var big atomic.Uint64
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			for k := 0; k < 250; k++ {
				hits.Add(1)
				big.Add(2)
			}
			g.level.Add(1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), big.Load(), g.level.Load(), g.name)
	hits.Store(5)
	fmt.Println(hits.Add(-2), hits.Load())
}
