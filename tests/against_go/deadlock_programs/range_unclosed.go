// Workers range over a channel that is never closed, and main waits for them.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	jobs := make(chan int, 4)
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			for j := range jobs {
				fmt.Println("job", j)
			}
			wg.Done()
		}()
	}
	for j := 0; j < 4; j++ {
		jobs <- j
	}
	wg.Wait()
}
