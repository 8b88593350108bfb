// One Done too many
// A goroutine calls Done twice: the counter would go below zero, and Go panics.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func main() {
	wg.Add(1)
	go func() {
		fmt.Println("done once")
		wg.Done()
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("main goes on")
}
