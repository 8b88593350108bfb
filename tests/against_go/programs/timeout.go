// Giving up: select with time.After
// Each lookup gets 200 ms; the quick one answers, the slow one is abandoned.
package main

import (
	"fmt"
	"time"
)

func lookup(d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- fmt.Sprintf("answer after %v", d)
}

func main() {
	start := time.Now()
	for _, d := range []time.Duration{50 * time.Millisecond, 300 * time.Millisecond} {
		out := make(chan string, 1)
		go lookup(d, out)
		select {
		case a := <-out:
			fmt.Println(a, "at", time.Since(start))
		case <-time.After(200 * time.Millisecond):
			fmt.Println("gave up at", time.Since(start))
		}
	}
	fmt.Println("total", time.Since(start))
}
