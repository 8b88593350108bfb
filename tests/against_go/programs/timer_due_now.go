// A timer due now fires at the next scheduling point, before the goroutines already
// waiting to run: main, woken by it, runs next.
package main

import (
	"fmt"
	"time"
)

func main() {
	go fmt.Println("A")
	go fmt.Println("B")
	select {
	case <-time.After(0):
		fmt.Println("T")
	}
	time.Sleep(time.Millisecond)
}
