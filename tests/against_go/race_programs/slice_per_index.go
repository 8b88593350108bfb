package main

import (
	"fmt"
	"sync"
)

func main() {
	squares := make([]int, 6)
	var wg sync.WaitGroup
	for i := range squares {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			squares[n] = n * n
		}(i)
	}
	wg.Wait()
	fmt.Println(squares)
}
