// A writer returns without unlocking: main waits in RLock for ever.
package main

import "sync"

var rw sync.RWMutex

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		rw.Lock()
		wg.Done()
	}()
	wg.Wait()
	rw.RLock()
}
