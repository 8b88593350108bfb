// Waiting for a Signal that never comes
// The worker waits for work that main never announces: main forgot to call Signal, and
// nothing else can wake either of them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	ready := sync.NewCond(&mu)
	work := 0
	done := make(chan bool)
	go func() {
		mu.Lock()
		for work == 0 {
			ready.Wait()
		}
		mu.Unlock()
		done <- true
	}()
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	work = 1
	fmt.Println("work is there")
	mu.Unlock()
	<-done
	fmt.Println("never printed")
}
