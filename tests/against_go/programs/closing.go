// What close tells receivers
// Three goroutines wait on a channel nobody sends to; closing it wakes them all with the
// zero value and ok false. A closed buffered channel gives what it holds first, and a range
// over it ends once it is empty.
package main

import (
	"fmt"
	"time"
)

func wait(quit <-chan string, id int, done chan<- bool) {
	v, ok := <-quit
	fmt.Println("waiter", id, "woke:", len(v), ok)
	done <- true
}

func main() {
	quit := make(chan string)
	done := make(chan bool)
	for id := 1; id <= 3; id++ {
		go wait(quit, id, done)
	}
	time.Sleep(10 * time.Millisecond)
	close(quit)
	for i := 0; i < 3; i++ {
		<-done
	}
	buf := make(chan int, 3)
	buf <- 7
	buf <- 8
	close(buf)
	v, ok := <-buf
	fmt.Println(v, ok)
	v, ok = <-buf
	fmt.Println(v, ok)
	v, ok = <-buf
	fmt.Println(v, ok)
	squares := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		squares <- i * i
	}
	close(squares)
	for sq := range squares {
		fmt.Println("square", sq)
	}
	fmt.Println("range ended, len", len(squares))
}
