// Every channel construct once
// Directions, make, send and receive (with ok), range, close, len and cap, select with
// default, a timeout and break: what each gives, in order.
package main

import (
	"fmt"
	"time"
)

var results = make(chan string, 3)

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	var none chan int
	fmt.Println(none == nil, len(none), cap(none))
	squares := make(chan int, 2)
	go square(gen(4), squares)
	sum := 0
	for s := range squares {
		sum += s
	}
	fmt.Println("sum", sum, len(squares), cap(squares))
	v, ok := <-squares
	fmt.Println(v, ok)
	var w int
	w, ok = <-squares
	_, ok2 := <-squares
	fmt.Println(w, ok, ok2)
	var x, open = <-squares
	fmt.Println(x, open)
	results <- "a"
	results <- "b"
	fmt.Println(len(results), cap(results), <-results)
	<-results
	ping := make(chan string)
	go func() { ping <- "ping" }()
	msg := <-ping
	fmt.Println(msg)
	count := 0
	for range gen(3) {
		count++
	}
	fmt.Println("count", count)
	for i := 0; i < 3; i++ {
		select {
		case results <- fmt.Sprintf("%d", i):
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	done := make(chan bool)
	go func() {
		time.Sleep(10 * time.Millisecond)
		close(done)
	}()
	for {
		select {
		case r, more := <-results:
			fmt.Println("result", r, more)
			continue
		case <-done:
			fmt.Println("done")
		case <-time.After(time.Second):
			fmt.Println("too slow")
		}
		break
	}
	select {
	case _, open := <-done:
		fmt.Println("open", open)
		if !open {
			break
		}
		fmt.Println("not here")
	}
	var recvOnly <-chan bool = done
	fmt.Println(recvOnly == done, recvOnly != nil)
}
