// Closures share what they capture
// The goroutines add to one counter that they all captured, under one lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total += n
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", total)

	count := 0
	next := func() int {
		count++
		return count
	}
	next()
	next()
	fmt.Println("next gives", next(), "and count is", count)
}
