package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

func main() {
	var small atomic.Int32
	small.Store(math.MaxInt32)
	fmt.Println(small.Add(1), small.Load())
	fmt.Println(small.CompareAndSwap(math.MinInt32, 7), small.Load())

	var left atomic.Uint32
	left.Store(3)
	for range 4 {
		fmt.Print(left.Add(^uint32(0)), " ")
	}
	fmt.Println()
	fmt.Println(left.CompareAndSwap(math.MaxUint32, 1), left.Swap(9), left.Load())

	var big atomic.Uint64
	big.Store(0)
	big.Add(^uint64(0))
	fmt.Println(big.Load(), big.Add(2))

	var ptr atomic.Uintptr
	ptr.Add(40)
	fmt.Println(ptr.Load(), ptr.Or(2), ptr.And(3), ptr.Load())

	var hits atomic.Uint32
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				hits.Add(1)
			}
		})
	}
	wg.Wait()
	fmt.Println(hits.Load())
	fmt.Printf("%v %v\n", small.Load(), big.Load())
}

func bump(c *atomic.Int64, by int64) int64 { return c.Add(by) }

func init() {
	var total atomic.Int64
	p := &total
	bump(p, 5)
	bump(&total, 2)
	q := new(atomic.Uint32)
	q.Store(3)
	fmt.Println("init:", total.Load(), p.Load(), q.Load())
}
