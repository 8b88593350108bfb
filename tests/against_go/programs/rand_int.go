// rand.Int as the leak examples use it: a producer of random numbers that stops when
// told, its values checked rather than printed (they differ from run to run).
package main

import (
	"fmt"
	"math/rand"
)

func numbers(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case out <- rand.Int():
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	nums := numbers(done)
	negative := 0
	for range 5 {
		if <-nums < 0 {
			negative++
		}
	}
	close(done)
	fmt.Println("five numbers, negative:", negative)
}
