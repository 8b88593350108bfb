// main reads and never lets go. A writer that has announced itself waits in the RWMutex for
// main's read to end; a second writer waits behind it in the writers' inner Mutex; a reader
// that comes after them waits for the writer.
package main

import (
	"sync"
	"time"
)

var rw sync.RWMutex

func main() {
	var wg sync.WaitGroup
	rw.RLock()
	wg.Add(3)
	go func() {
		rw.Lock()
		wg.Done()
	}()
	go func() {
		time.Sleep(10 * time.Millisecond)
		rw.Lock()
		wg.Done()
	}()
	go func() {
		time.Sleep(20 * time.Millisecond)
		rw.RLock()
		wg.Done()
	}()
	wg.Wait()
}
