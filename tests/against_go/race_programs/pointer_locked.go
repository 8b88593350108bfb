package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex
var wg sync.WaitGroup

func tick(count *int) {
	defer wg.Done()
	mu.Lock()
	*count++
	mu.Unlock()
}

func main() {
	count := new(int)
	wg.Add(2)
	go tick(count)
	go tick(count)
	wg.Wait()
	fmt.Println(*count)
}
