// Readers woken together
// A Cond on an RWMutex's read lock: Broadcast wakes every reader, and each takes the read
// lock again, so they read at the same time while the writer waits its turn.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	published := sync.NewCond(rw.RLocker())
	version := 0
	start := time.Now()
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			published.L.Lock()
			for version == 0 {
				published.Wait()
			}
			fmt.Println("reader", id, "sees version", version)
			time.Sleep(10 * time.Millisecond)
			published.L.Unlock()
		}(i)
	}
	time.Sleep(5 * time.Millisecond)
	rw.Lock()
	version = 1
	rw.Unlock()
	published.Broadcast()
	time.Sleep(time.Millisecond)
	rw.Lock()
	fmt.Println("writer in after", time.Since(start).Round(time.Millisecond))
	version = 2
	rw.Unlock()
	wg.Wait()
}
