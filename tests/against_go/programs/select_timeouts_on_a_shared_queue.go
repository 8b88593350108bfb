// Forty pollers wait on one jobs channel with a timeout each round, so most rounds end by
// the timer and leave the channel's queue from its middle. Every job sent must still reach
// exactly one poller that is really waiting.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	jobs := make(chan int)
	var mu sync.Mutex
	got := make(map[int]int)
	timeouts := 0
	var wg sync.WaitGroup
	for p := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 30; round++ {
				select {
				case j := <-jobs:
					mu.Lock()
					got[j]++
					mu.Unlock()
				case <-time.After(time.Duration(p%7+1) * time.Millisecond):
					mu.Lock()
					timeouts++
					mu.Unlock()
				}
			}
		}()
	}
	sent := 0
	for j := 0; j < 200; j++ {
		select {
		case jobs <- j:
			sent++
		case <-time.After(3 * time.Millisecond):
		}
	}
	wg.Wait()
	twice := 0
	for _, n := range got {
		if n > 1 {
			twice++
		}
	}
	fmt.Println("every job sent was received once:", len(got) == sent, twice == 0)
	fmt.Println("rounds:", len(got)+timeouts)
}
