// Publishing a config with atomic.Pointer
// The first publisher wins with CompareAndSwap(nil, p); readers Load the pointer and see a
// whole config, old or new, never half of each. A zero Pointer holds nil.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type config struct {
	version int
	name    string
}

type server struct {
	cfg atomic.Pointer[config]
}

var (
	latest atomic.Pointer[config]
	wg     sync.WaitGroup
)

func main() {
	fmt.Println("nothing yet:", latest.Load() == nil)
	first := &config{1, "first"}
	fmt.Println(latest.CompareAndSwap(nil, first), latest.CompareAndSwap(nil, first))
	for i := range 3 {
		wg.Go(func() {
			time.Sleep(time.Duration(i) * 10 * time.Millisecond)
			c := latest.Load()
			fmt.Println("reader", i, "sees", c.version, c.name)
		})
	}
	time.Sleep(15 * time.Millisecond)
	old := latest.Swap(&config{2, "second"})
	fmt.Println("swapped out", old.version, old == first)
	wg.Wait()

	s := &server{}
	fmt.Println(s)
	s.cfg.Store(latest.Load())
	fmt.Println(s.cfg.Load().name, s.cfg.Load() == latest.Load())
	s.cfg.Store(nil)
	fmt.Println("cleared:", s.cfg.Load() == nil)
	var p atomic.Pointer[config]
	fmt.Println(p.Load().version)
}
