package main

import (
	"fmt"
	"runtime"
)

// A chain of thirty thousand goroutines, all alive at once: each waits to hear a number from
// its right-hand neighbour and passes one more to its left. Go keeps them on a few threads;
// so does syncscope, where a thread each would have run out first.
func relay(left chan<- int, right <-chan int) {
	n := <-right
	left <- n + 1
}

func main() {
	const links = 30000
	first := make(chan int)
	left := first
	for i := 0; i < links; i++ {
		right := make(chan int)
		go relay(left, right)
		left = right
	}
	fmt.Println("goroutines alive:", runtime.NumGoroutine())
	go func() { left <- 0 }()
	fmt.Println("the far end says", <-first)
}
