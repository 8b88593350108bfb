package main

import (
	"fmt"
	"sync"
)

// A task started by wg.Go panics: Go's WaitGroup recovers it and panics again without the
// Done, so Wait never returns and the crash says the value was repanicked.
func main() {
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for i := range 3 {
		wg.Go(func() {
			if i == 2 {
				var table []int
				results <- table[i]
				return
			}
			results <- i * 10
		})
	}
	wg.Wait()
	fmt.Println("all done", len(results))
}
