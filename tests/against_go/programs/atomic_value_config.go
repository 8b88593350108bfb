// Swapping a config with atomic.Value
// Readers load the whole config at once while main swaps in a new one: no reader sees half
// of each. What Load gives is asserted to the type stored; asking for another type panics.
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

var (
	current atomic.Value
	wg      sync.WaitGroup
)

func reader(id int) {
	defer wg.Done()
	for range 3 {
		cfg := current.Load().(config)
		fmt.Println("reader", id, "sees version", cfg.version, cfg.name)
		time.Sleep(10 * time.Millisecond)
	}
}

func main() {
	current.Store(config{1, "first"})
	for i := range 2 {
		wg.Add(1)
		go reader(i)
	}
	time.Sleep(15 * time.Millisecond)
	old := current.Swap(config{2, "second"}).(config)
	fmt.Println("replaced version", old.version)
	wg.Wait()

	var hits atomic.Value
	fmt.Println("before any store:", hits.CompareAndSwap(0, 1))
	hits.Store(0)
	fmt.Println(hits.CompareAndSwap(0, 1), hits.CompareAndSwap(0, 2), hits.Load().(int))
	fmt.Println(hits.CompareAndSwap(1, 5), hits.Swap(6).(int), hits.Load().(int))

	var name atomic.Value
	name.Store("ann")
	fmt.Println(name.Load().(string) + "!")
	n := name.Load().(int)
	fmt.Println(n)
}
