package main

import (
	"fmt"
	"sync"
)

var total int

func worker(id int, wg *sync.WaitGroup, mu *sync.Mutex) {
	defer wg.Done()
	mu.Lock()
	total += id
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg, &mu)
	}
	wg.Wait()
	fmt.Println(total)
}
