// Sending on a nil channel waits for ever too, here in a goroutine main waits for.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var never chan int
	wg.Add(1)
	go func() {
		never <- 1
		wg.Done()
	}()
	wg.Wait()
}
