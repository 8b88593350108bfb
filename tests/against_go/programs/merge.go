// Merging two channels
// A loop takes from whichever of two producers is ready; a producer's channel, once closed
// and drained, is set to nil so that its case is never chosen again.
package main

import (
	"fmt"
	"time"
)

func produce(name string, n int, every time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		for i := 1; i <= n; i++ {
			time.Sleep(every)
			out <- fmt.Sprintf("%s %d", name, i)
		}
		close(out)
	}()
	return out
}

func main() {
	start := time.Now()
	fast := produce("fast", 4, 30*time.Millisecond)
	slow := produce("slow", 2, 70*time.Millisecond)
	for fast != nil || slow != nil {
		select {
		case v, ok := <-fast:
			if !ok {
				fmt.Println("fast is done")
				fast = nil
				continue
			}
			fmt.Println(v)
		case v, ok := <-slow:
			if !ok {
				fmt.Println("slow is done")
				slow = nil
				continue
			}
			fmt.Println(v)
		}
	}
	fmt.Println("both done after", time.Since(start))
}
