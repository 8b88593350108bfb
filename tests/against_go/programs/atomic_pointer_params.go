// Atomics through pointers: a polite walker in a corridor tries a direction by adding itself
// to that side's count through a *int32, backs off when someone is there, and the counts of
// a *int64 made with new and one kept in a variable move one step at a time.
package main

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
)

var visits int64

func enter(count *int64, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 50; i++ {
		atomic.AddInt64(count, 1)
	}
}

func main() {
	var left, right int32
	tryDir := func(name string, dir *int32, out *bytes.Buffer) bool {
		fmt.Fprintf(out, " %v", name)
		atomic.AddInt32(dir, 1)
		if atomic.LoadInt32(dir) == 1 {
			fmt.Fprint(out, ". Success!")
			return true
		}
		atomic.AddInt32(dir, -1)
		return false
	}
	var out bytes.Buffer
	fmt.Println(tryDir("left", &left, &out), tryDir("left", &left, &out), tryDir("right", &right, &out))
	fmt.Println(out.String())
	fmt.Println(left, right)

	total := new(int64)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(2)
		go enter(total, &wg)
		go enter(&visits, &wg)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(total), atomic.LoadInt64(&visits), *total)

	var served uint64 = 7
	p := &served
	atomic.StoreUint64(p, 40)
	fmt.Println(atomic.SwapUint64(p, 2), served)
	fmt.Println(atomic.CompareAndSwapUint64(p, 2, 9), atomic.CompareAndSwapUint64(p, 2, 10), *p)
	flag := new(int32)
	if atomic.CompareAndSwapInt32(flag, 0, 1) {
		fmt.Println("first", atomic.SwapInt32(flag, 5), *flag)
	}
	var none *int32
	atomic.AddInt32(none, 1)
}
