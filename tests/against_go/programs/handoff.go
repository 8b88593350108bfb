// A full buffer and a sender waiting
// The buffer holds 1 and 2; a third send waits. Each receive takes the buffer's first value
// and lets the waiting sender's value in at the end, so values come out in the order sent.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	go func() {
		fmt.Println("sender waits with 3")
		ch <- 3
		fmt.Println("sender done")
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("len", len(ch))
	fmt.Println("got", <-ch)
	fmt.Println("len", len(ch))
	time.Sleep(10 * time.Millisecond)
	fmt.Println("got", <-ch)
	fmt.Println("got", <-ch)
	fmt.Println("len", len(ch))
}
