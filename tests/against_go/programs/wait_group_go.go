// Starting goroutines with wg.Go
// Go 1.25's wg.Go(f) adds one to the counter, starts f in a goroutine and calls Done when f
// returns: no Add or Done to forget.
package main

import (
	"fmt"
	"sync"
	"time"
)

type batch struct {
	wg    sync.WaitGroup
	mu    sync.Mutex
	sizes []int
}

func (b *batch) load(n int) {
	b.wg.Go(func() {
		time.Sleep(time.Duration(n) * 10 * time.Millisecond)
		b.mu.Lock()
		b.sizes = append(b.sizes, n)
		b.mu.Unlock()
	})
}

func fetch(id int) {
	fmt.Printf("fetch %d starts\n", id)
	time.Sleep(time.Duration(40-10*id) * time.Millisecond)
	fmt.Printf("fetch %d done\n", id)
}

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Go(func() {
			fetch(i)
		})
	}
	wg.Wait()
	fmt.Println("all fetched in", time.Since(start).Round(10*time.Millisecond))

	b := &batch{}
	for _, n := range []int{3, 1, 2} {
		b.load(n)
	}
	b.wg.Wait()
	fmt.Println(b.sizes)

	var group sync.WaitGroup
	group.Go(func() { fmt.Println("a named function's goroutine") })
	defer fmt.Println("main returns")
	group.Wait()
}
