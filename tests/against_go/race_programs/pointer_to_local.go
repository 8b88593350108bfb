package main

import (
	"fmt"
	"sync"
)

func add(total *int, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	*total += n
}

func main() {
	total := 0
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go add(&total, i, &wg)
	}
	wg.Wait()
	fmt.Println(total > 0)
}
