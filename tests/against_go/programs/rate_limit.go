package main

import (
	"fmt"
	"time"
)

// Jobs served one per tick of a time.Tick limiter, then a burst from a buffered one.
func main() {
	start := time.Now()
	jobs := make(chan string, 3)
	for _, j := range []string{"a", "b", "c"} {
		jobs <- j
	}
	close(jobs)
	gate := time.Tick(80 * time.Millisecond)
	for j := range jobs {
		<-gate
		fmt.Println("served", j, time.Since(start).Round(10*time.Millisecond))
	}
	tokens := make(chan bool, 2)
	tokens <- true
	tokens <- true
	go func() {
		for range time.Tick(100 * time.Millisecond) {
			tokens <- true
		}
	}()
	for i := 1; i <= 4; i++ {
		<-tokens
		fmt.Println("burst", i, time.Since(start).Round(10*time.Millisecond))
	}
}
