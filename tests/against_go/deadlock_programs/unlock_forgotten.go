// A worker returns without unlocking: the others wait in mu.Lock() for ever, main in
// wg.Wait().
package main

import (
	"sync"
	"time"
)

var (
	mu sync.Mutex
	wg sync.WaitGroup
)

func worker(id int) {
	time.Sleep(time.Duration(id) * 10 * time.Millisecond)
	mu.Lock()
	if id > 1 {
		mu.Unlock()
	}
	wg.Done()
}

func main() {
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i)
	}
	wg.Wait()
}
