// The producer forgot to Signal
// Two consumers wait for an item on a Cond; the producer adds one and returns without a
// Signal, so both sleep on and main waits for them for ever.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Shelf struct {
	mu    sync.Mutex
	added *sync.Cond
	items []string
}

func main() {
	s := &Shelf{}
	s.added = sync.NewCond(&s.mu)
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			s.mu.Lock()
			for len(s.items) == 0 {
				s.added.Wait()
			}
			fmt.Println("consumer", id, "takes", s.items[0])
			s.items = s.items[1:]
			s.mu.Unlock()
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	s.mu.Lock()
	s.items = append(s.items, "bread")
	s.mu.Unlock()
	wg.Wait()
}
