package main

import (
	"fmt"
	"sync"
)

func main() {
	hits := 0
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				hits++
			}
		}()
	}
	wg.Wait()
	fmt.Println(hits > 0)
}
