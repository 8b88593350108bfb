// Sending after close
// The producer closes its channel when it thinks it is done, then sends one more: Go panics.
package main

import "fmt"

func main() {
	out := make(chan int, 4)
	for i := 1; i <= 3; i++ {
		out <- i
	}
	close(out)
	fmt.Println("closed with", len(out), "values")
	out <- 4
	fmt.Println("never printed")
}
