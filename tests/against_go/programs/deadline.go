// One deadline for the whole loop
// The timeout channel is made once, before the loop: work keeps arriving, but at 270 ms
// the loop stops whatever is left.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	work := make(chan int)
	go func() {
		for i := 1; ; i++ {
			time.Sleep(60 * time.Millisecond)
			work <- i
		}
	}()
	deadline := time.After(270 * time.Millisecond)
	for {
		select {
		case w := <-work:
			fmt.Println("item", w, "at", time.Since(start))
			continue
		case <-deadline:
			fmt.Println("deadline at", time.Since(start))
		}
		break
	}
}
