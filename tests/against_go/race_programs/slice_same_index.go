package main

import (
	"fmt"
	"sync"
)

func main() {
	scores := make([]int, 4)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			scores[2] += 10
		}()
	}
	wg.Wait()
	fmt.Println(scores[2] > 0)
}
