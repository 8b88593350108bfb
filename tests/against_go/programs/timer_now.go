// A timer of no time at all
// time.After(0) is due at once, but its channel gets the time only when the runtime runs
// its timers: a select with default right after takes the default, while a receive, or a
// select after a sleep, gets the time.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	select {
	case <-time.After(0):
		fmt.Println("the timer first")
	default:
		fmt.Println("default first")
	}
	<-time.After(0)
	fmt.Println("a receive waits for it")
	early := time.After(0)
	time.Sleep(time.Millisecond)
	select {
	case <-early:
		fmt.Println("fired during the sleep")
	default:
		fmt.Println("still not fired")
	}
	due := time.After(5 * time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	select {
	case <-due:
		fmt.Println("due with the sleep")
	default:
		fmt.Println("not due yet")
	}
	fmt.Println("len after it was taken:", len(due))
	fmt.Println("took", time.Since(start))
}
