package main

import (
	"fmt"
	"sync"
)

// Five runners wait for one signal. main starts them and closes the gate before an idle
// processor has woken to take them: the last one started sits in main's runnext and goes
// first, then the others in the order they were queued.
func main() {
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			fmt.Println("runner", i, "off")
		}()
	}
	fmt.Println("ready, set...")
	close(gate)
	wg.Wait()
}
