// Passing a WaitGroup and a lock by pointer
// Workers get &wg and &mu: every copy of the pointer is the one WaitGroup and the one lock.
package main

import (
	"fmt"
	"sync"
	"time"
)

var scores = map[string]int{}

func record(name string, points int, wg *sync.WaitGroup, mu *sync.RWMutex) {
	defer wg.Done()
	time.Sleep(time.Duration(points) * time.Millisecond)
	mu.Lock()
	scores[name] += points
	mu.Unlock()
}

func report(mu *sync.RWMutex) {
	mu.RLock()
	defer mu.RUnlock()
	fmt.Println(scores["ann"], scores["bob"])
}

func spawn(wg *sync.WaitGroup, mu *sync.RWMutex) {
	for i := 1; i <= 3; i++ {
		wg.Add(2)
		go record("ann", i, wg, mu)
		go record("bob", i*2, wg, mu)
	}
}

func main() {
	var wg sync.WaitGroup
	var mu sync.RWMutex
	spawn(&wg, &mu)
	wg.Wait()
	report(&mu)
	done := &wg
	done.Add(1)
	go func(w *sync.WaitGroup) {
		defer w.Done()
		fmt.Println("closure worker")
	}(done)
	wg.Wait()
	fmt.Println("all done")
}
