// A counter without a lock, at full speed
// With one processor and nothing to wait on between the read and the write, no update is
// lost here; run it under syncscope with --write-ms to see the race Go hides.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup
var mu sync.Mutex
var hits = 0
var safe = 0

func visit() {
	defer wg.Done()
	hits++
	mu.Lock()
	safe += 1
	mu.Unlock()
}

func main() {
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go visit()
	}
	wg.Wait()
	fmt.Println("hits", hits, "safe", safe)
}
