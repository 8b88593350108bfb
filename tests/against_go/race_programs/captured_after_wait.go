package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	answer := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		answer = 42
	}()
	wg.Wait()
	fmt.Println("the answer is", answer)
}
