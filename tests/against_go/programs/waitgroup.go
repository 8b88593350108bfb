// Waiting for everyone
// The slowest lookup starts first and finishes last; main waits for all of them.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func lookup(id int, d time.Duration) {
	defer wg.Done()
	time.Sleep(d)
	fmt.Printf("lookup %d back after %v\n", id, d)
}

func main() {
	start := time.Now()
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go lookup(i, time.Duration(50*(5-i))*time.Millisecond)
	}
	wg.Wait()
	fmt.Println("all back in", time.Since(start))
}
