// A countdown of the jobs left, in a uint32 shared by the workers: each adds 1<<32-1 to take
// one away (uint32 arithmetic wraps), and the last to finish sees 0.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func finish(left *uint32, id int, wg *sync.WaitGroup, mu *sync.Mutex, last *int) {
	defer wg.Done()
	if atomic.AddUint32(left, 1<<32-1) == 0 {
		mu.Lock()
		*last = id
		mu.Unlock()
	}
}

func main() {
	var left uint32 = 4
	var wg sync.WaitGroup
	var mu sync.Mutex
	last := -1
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go finish(&left, id, &wg, &mu, &last)
	}
	wg.Wait()
	fmt.Println(atomic.LoadUint32(&left), last >= 0)

	var flags uint32
	fmt.Println(atomic.CompareAndSwapUint32(&flags, 0, 1), atomic.CompareAndSwapUint32(&flags, 0, 2))
	fmt.Println(atomic.SwapUint32(&flags, 8), atomic.AddUint32(&flags, 1<<32-9), flags)
	fmt.Printf("%T %d\n", atomic.LoadUint32(&flags), atomic.AddUint32(&flags, 1<<32-1))
	atomic.StoreUint32(&flags, 1<<31)
	fmt.Println(flags * 2)
}
