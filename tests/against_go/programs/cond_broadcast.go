// Ready, steady, go
// The workers wait on one Cond until main says go; Broadcast wakes them all at once, and
// each takes the lock again before it runs on.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu      sync.Mutex
	start   = sync.NewCond(&mu)
	started bool
	wg      sync.WaitGroup
)

func worker(id int) {
	defer wg.Done()
	mu.Lock()
	for !started {
		fmt.Println("worker", id, "waits")
		start.Wait()
	}
	mu.Unlock()
	fmt.Println("worker", id, "runs")
}

func main() {
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(i)
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	started = true
	start.Broadcast()
	mu.Unlock()
	fmt.Println("go!")
	wg.Wait()
	fmt.Println("all done")
}
