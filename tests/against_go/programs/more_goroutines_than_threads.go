package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Fifty thousand goroutines in all, a thousand at a time: the stacks of those that returned
// serve the next ones.
func main() {
	const batches, per = 40, 1000
	var started atomic.Int64
	var mu sync.Mutex
	total := 0
	for b := 0; b < batches; b++ {
		var wg sync.WaitGroup
		for i := 1; i <= per; i++ {
			wg.Go(func() {
				started.Add(1)
				mu.Lock()
				total += b*per + i
				mu.Unlock()
			})
		}
		wg.Wait()
	}
	fmt.Println(started.Load(), "goroutines added up", total)

	results := make(chan int, 16)
	var senders sync.WaitGroup
	for b := 0; b < 10; b++ {
		for i := 0; i < per; i++ {
			senders.Go(func() { results <- (b + i) % 9 })
		}
		sum := 0
		for range per {
			sum += <-results
		}
		fmt.Println("batch", b, "sent", sum)
	}
	senders.Wait()
}
