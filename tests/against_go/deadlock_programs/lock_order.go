// Two goroutines take two Mutexes in opposite orders: each holds what the other waits for,
// main among them.
package main

import (
	"sync"
	"time"
)

var a, b sync.Mutex

func main() {
	go func() {
		a.Lock()
		time.Sleep(10 * time.Millisecond)
		b.Lock()
	}()
	b.Lock()
	time.Sleep(10 * time.Millisecond)
	a.Lock()
}
