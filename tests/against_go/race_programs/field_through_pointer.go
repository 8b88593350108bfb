package main

import (
	"fmt"
	"sync"
)

type stats struct{ hits int }

func increment(n *int) { *n++ }

func main() {
	var s stats
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			increment(&s.hits)
		}()
	}
	wg.Wait()
	fmt.Println(s.hits)
}
