package main

import (
	"fmt"
	"sync"
)

// A cache refresh that nobody waits for: whoever finds the refresh lock taken skips it.
type cache struct {
	refresh sync.Mutex
	data    sync.RWMutex
	hits    int
}

func main() {
	var mu sync.Mutex
	fmt.Println("free:", mu.TryLock())
	fmt.Println("again:", mu.TryLock())
	mu.Unlock()
	fmt.Println("after unlock:", mu.TryLock())
	mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("write while read:", rw.TryLock(), "read while read:", rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("write when free:", rw.TryLock(), "read while written:", rw.TryRLock())
	rw.Unlock()

	c := &cache{}
	c.refresh.Lock()
	var wg sync.WaitGroup
	skipped := make([]bool, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !c.refresh.TryLock() {
				skipped[i] = true
				return
			}
			defer c.refresh.Unlock()
		}()
	}
	wg.Wait()
	c.refresh.Unlock()
	fmt.Println("skipped while held:", skipped)
	if c.data.TryRLock() {
		c.hits++
		c.data.RUnlock()
	}
	fmt.Println("hits:", c.hits)
}
