// Closing under a waiting sender
// A goroutine waits to send; main closes the channel instead of receiving: the waiting
// sender wakes up to a panic.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		fmt.Println("sending 1")
		ch <- 1
		fmt.Println("never printed")
	}()
	time.Sleep(10 * time.Millisecond)
	close(ch)
	fmt.Println("closed")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main ends")
}
