// How a panic unwinds
// Deferred calls run on the way out, the last first, in every function the panic leaves; a
// recover not called by the deferred function itself stops nothing.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func indirect() {
	defer func() {
		func() {
			fmt.Println("indirect sees", recover())
		}()
	}()
	defer fmt.Println("indirect unwinding")
	var m map[string]int
	m["x"] = 1
}

func outer() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	indirect()
	fmt.Println("not reached")
}

func closer() {
	defer func() {
		fmt.Println("closer recovered:", recover())
	}()
	ch := make(chan int)
	close(ch)
	ch <- 1
}

func level(n int) {
	defer fmt.Println("leaving level", n)
	if n == 3 {
		panic("too deep")
	}
	level(n + 1)
}

func worker() {
	defer wg.Done()
	defer fmt.Println("worker's deferred call runs")
	level(1)
}

func main() {
	outer()
	closer()
	wg.Add(1)
	go worker()
	wg.Wait()
	fmt.Println("not reached either")
}
