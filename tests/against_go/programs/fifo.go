// First come, first served
// Three senders block on one channel, arriving 10 ms apart, and main takes their values
// one by one: they arrive in the order the senders came. Then three receivers wait on
// another channel and main sends to them one value at a time: the first to wait gets the
// first value.
package main

import (
	"fmt"
	"time"
)

func send(ch chan<- string, name string) {
	ch <- name
}

func receive(ch <-chan int, id int, done chan<- string) {
	v := <-ch
	done <- fmt.Sprintf("receiver %d got %d", id, v)
}

func main() {
	names := make(chan string)
	for _, name := range []string{"ann", "bob", "cy"} {
		go send(names, name)
		time.Sleep(10 * time.Millisecond)
	}
	for i := 0; i < 3; i++ {
		fmt.Println("took", <-names)
	}
	numbers := make(chan int)
	done := make(chan string)
	for id := 1; id <= 3; id++ {
		go receive(numbers, id, done)
		time.Sleep(10 * time.Millisecond)
	}
	for v := 100; v < 400; v += 100 {
		numbers <- v
		fmt.Println(<-done)
	}
}
