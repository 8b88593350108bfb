// A channel of capacity 1 used as a lock: the k-th receive (unlock) comes before the
// (k+1)-th send (lock) completes, so the counter's updates are ordered.
package main

import (
	"fmt"
	"sync"
)

var (
	count int
	wg    sync.WaitGroup
)

func bump(slot chan int) {
	slot <- 1
	count = count + 1
	<-slot
	wg.Done()
}

func main() {
	slot := make(chan int, 1)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go bump(slot)
	}
	wg.Wait()
	fmt.Println(count)
}
