// A box taken by whoever is woken
// Go calls b.ready.Signal() in a goroutine of its own, defers a Broadcast and the unlock of
// c.L, and a nil *sync.Cond panics as any nil pointer does.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Box struct {
	mu    sync.Mutex
	ready *sync.Cond
	full  bool
}

func (b *Box) Take() {
	b.ready.L.Lock()
	defer b.ready.L.Unlock()
	for !b.full {
		b.ready.Wait()
	}
	b.full = false
	fmt.Println("took it")
}

func main() {
	b := &Box{}
	b.ready = sync.NewCond(&b.mu)
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.Take()
		}()
	}
	time.Sleep(time.Millisecond)
	b.mu.Lock()
	b.full = true
	b.mu.Unlock()
	go b.ready.Signal()
	time.Sleep(time.Millisecond)
	b.mu.Lock()
	b.full = true
	b.mu.Unlock()
	func() {
		defer b.ready.Broadcast()
		fmt.Println("about to broadcast")
	}()
	wg.Wait()
	var nilCond *sync.Cond
	fmt.Println(nilCond == nil)
	nilCond.Signal()
}
