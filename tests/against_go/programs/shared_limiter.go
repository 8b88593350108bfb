package main

import (
	"fmt"
	"sync"
	"time"
)

// Three workers share one limiter: each tick lets one of them through. Then a timer reset
// by another goroutine while main waits on it fires at its new, earlier time.
func main() {
	start := time.Now()
	limiter := time.Tick(50 * time.Millisecond)
	var wg sync.WaitGroup
	var mu sync.Mutex
	served := 0
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2; i++ {
				<-limiter
				mu.Lock()
				served++
				fmt.Println("served", served, time.Since(start).Round(10*time.Millisecond))
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	late := time.NewTimer(time.Hour)
	go func() {
		time.Sleep(20 * time.Millisecond)
		late.Reset(30 * time.Millisecond)
	}()
	<-late.C
	fmt.Println("reset while waiting, fired at", time.Since(start).Round(10*time.Millisecond))
}
