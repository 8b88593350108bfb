// The run is stuck from 50 ms. Go 1.22's deadlock check waits for every timer, even one
// nobody receives from, and says so at 200 ms; from Go 1.23 it sees only the timers a
// goroutine waits on, and says so at 50 ms.
package main

import (
	"fmt"
	"time"
)

func main() {
	_ = time.After(200 * time.Millisecond)
	c := make(chan int)
	select {
	case <-c:
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	<-c
}
