package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			square := i * i
			mu.Lock()
			sum += square
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(sum)
}
