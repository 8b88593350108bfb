// Not waiting: select with default
// A try-send drops alerts once the buffer is full; a polling loop checks a channel and
// does other work while nothing is ready.
package main

import (
	"fmt"
	"time"
)

func main() {
	alerts := make(chan string, 2)
	for i := 1; i <= 4; i++ {
		select {
		case alerts <- fmt.Sprintf("alert %d", i):
			fmt.Println("queued alert", i)
		default:
			fmt.Println("dropped alert", i)
		}
	}
	fmt.Println(<-alerts, <-alerts)
	select {
	case a := <-alerts:
		fmt.Println("left over:", a)
	default:
		fmt.Println("no alerts left")
	}
	ready := make(chan bool)
	go func() {
		time.Sleep(50 * time.Millisecond)
		ready <- true
	}()
	polls := 0
	got := false
	for !got {
		select {
		case got = <-ready:
			fmt.Println("ready after", polls, "polls")
		default:
			polls++
			time.Sleep(20 * time.Millisecond)
		}
	}
}
