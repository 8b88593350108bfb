// Counting with CompareAndSwap
// Each worker reads the counter and tries to put its value plus one back with
// CompareAndSwap; a goroutine that lost the race would read again. No lock, no lost update.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

var (
	hits    atomic.Int64
	tries   int64
	highest int32
	closed  atomic.Bool
	wg      sync.WaitGroup
)

func hit() {
	for {
		atomic.AddInt64(&tries, 1)
		old := hits.Load()
		if hits.CompareAndSwap(old, old+1) {
			return
		}
	}
}

func record(v int32) {
	for {
		old := atomic.LoadInt32(&highest)
		if v <= old || atomic.CompareAndSwapInt32(&highest, old, v) {
			return
		}
	}
}

func main() {
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(5-i) * time.Millisecond)
			hit()
			record(int32(i * 10))
		}()
	}
	wg.Wait()
	fmt.Println("hits", hits.Load(), "tries", atomic.LoadInt64(&tries), "highest", atomic.LoadInt32(&highest))

	fmt.Println("swap gives", hits.Swap(100), "then", hits.Load())
	fmt.Println("stale CompareAndSwap:", hits.CompareAndSwap(5, 6), hits.Load())
	var total uint64 = 7
	old := atomic.SwapUint64(&total, 9)
	fmt.Println("swapped", old, "for", total)
	swapped := atomic.CompareAndSwapUint64(&total, 9, 1)
	fmt.Println(swapped, total)

	fmt.Println("closed?", closed.Load())
	fmt.Println("first close wins:", closed.CompareAndSwap(false, true), closed.CompareAndSwap(false, true))
	fmt.Println("swap back:", closed.Swap(false), closed.Load())
	closed.Swap(true)
	closed.CompareAndSwap(true, false)
	closed.Store(true)
	fmt.Println("stored:", closed.Load())
}
