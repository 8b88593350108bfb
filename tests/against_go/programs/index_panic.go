// Reading past the end
// The last goroutine asks for an element the slice does not have.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup
var items = []int{10, 20, 30}

func show(i int) {
	defer wg.Done()
	time.Sleep(time.Duration(i) * time.Millisecond)
	fmt.Println("item", i, "is", items[i])
}

func main() {
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go show(i)
	}
	wg.Wait()
}
