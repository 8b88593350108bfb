// Telling everyone to stop
// Closing a done channel of struct{} reaches every worker at once: each checks it between
// rounds of work and stops at its next look.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func worker(id int, every time.Duration, done <-chan struct{}) {
	defer wg.Done()
	rounds := 0
	for {
		select {
		case <-done:
			fmt.Println("worker", id, "stops after", rounds, "rounds")
			return
		default:
			rounds++
			time.Sleep(every)
		}
	}
}

func main() {
	start := time.Now()
	done := make(chan struct{})
	for id, ms := range []int{40, 70, 110} {
		wg.Add(1)
		go worker(id+1, time.Duration(ms)*time.Millisecond, done)
	}
	time.Sleep(155 * time.Millisecond)
	close(done)
	wg.Wait()
	v, ok := <-done
	fmt.Println("done gives", v, ok, "; all stopped after", time.Since(start))
}
