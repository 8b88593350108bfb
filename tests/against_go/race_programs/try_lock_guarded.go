package main

import (
	"fmt"
	"sync"
)

// Workers count only when TryLock gets them the lock; the misses touch nothing shared, so
// the counter is never raced, however many fail.
func main() {
	var (
		mu     sync.Mutex
		wg     sync.WaitGroup
		counts int
	)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if mu.TryLock() {
					counts++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(counts > 0)
}
