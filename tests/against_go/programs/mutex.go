// Appending under a lock
// Every goroutine appends once, holding the lock, so nothing is lost.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu    sync.Mutex
	wg    sync.WaitGroup
	names = []string{"ada", "bob", "cy", "dee", "eve", "fay"}
	seen  = []string{}
)

func visit(i int) {
	time.Sleep(30 * time.Millisecond)
	mu.Lock()
	seen = append(seen, names[i])
	fmt.Println(names[i], "is number", len(seen))
	mu.Unlock()
	wg.Done()
}

func main() {
	for i := range names {
		wg.Add(1)
		go visit(i)
	}
	wg.Wait()
	fmt.Println(seen, len(seen))
}
