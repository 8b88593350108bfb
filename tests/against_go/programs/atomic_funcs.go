package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var served int64

func main() {
	var wg sync.WaitGroup
	var small int32
	var total uint64 = 10
	for w := 0; w < 25; w++ {
		wg.Add(1)
		go func(step int64) {
			for k := 0; k < 40; k++ {
				atomic.AddInt64(&served, step)
				atomic.AddInt32(&small, 1)
			}
			atomic.AddUint64(&total, 3)
			wg.Done()
		}(int64(w % 2))
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&served), atomic.LoadInt32(&small), atomic.LoadUint64(&total))
	atomic.StoreInt64(&served, -4)
	var back int64 = atomic.LoadInt64(&served) * 2
	fmt.Println(back, served+1)
}
