package main

// Two goroutines count through pointers to the same element: the element is the variable
// they race on, wherever each took its address.

import (
	"fmt"
	"sync"
)

func main() {
	counts := make([]int, 3)
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := &counts[1]
			for range 100 {
				*p++
			}
			counts[w*2] = w
		}()
	}
	wg.Wait()
	fmt.Println(len(counts))
}
