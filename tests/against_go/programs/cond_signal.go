// One at a time
// Signal wakes only the goroutine that has waited longest; the others sleep on until their
// turn comes, one Signal each.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	turn := sync.NewCond(&rw)
	tickets := 0
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			turn.L.Lock()
			for tickets == 0 {
				turn.Wait()
			}
			tickets--
			fmt.Println("g", id, "takes a ticket")
			turn.L.Unlock()
		}(i)
		time.Sleep(time.Millisecond)
	}
	for i := 0; i < 3; i++ {
		time.Sleep(20 * time.Millisecond)
		rw.Lock()
		tickets++
		fmt.Println("one ticket out")
		turn.Signal()
		rw.Unlock()
	}
	wg.Wait()
	turn.Signal()
	turn.Broadcast()
	fmt.Println("no one left to wake")
}
