// Waits of hours that never finish: a watchdog goroutine sleeping for a day, and a
// select whose timeout is an hour away while the answer comes in milliseconds. Go does
// not wait for either; main returns as soon as the work is done.
package main

import (
	"fmt"
	"time"
)

func watchdog(done chan struct{}) {
	time.Sleep(24 * time.Hour)
	fmt.Println("watchdog fired")
	close(done)
}

func main() {
	start := time.Now()
	done := make(chan struct{})
	go watchdog(done)

	answer := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		answer <- "42"
	}()

	select {
	case a := <-answer:
		fmt.Println("answer:", a)
	case <-time.After(time.Hour):
		fmt.Println("gave up")
	case <-done:
		fmt.Println("watchdog first")
	}
	fmt.Println("waited about", time.Since(start).Round(10*time.Millisecond))
}
