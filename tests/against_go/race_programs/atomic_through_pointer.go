package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func count(n *int32, wg *sync.WaitGroup) {
	defer wg.Done()
	atomic.AddInt32(n, 1)
}

func main() {
	var hits int32
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go count(&hits, &wg)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&hits))
}
