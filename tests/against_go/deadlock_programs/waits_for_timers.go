// Go's deadlock check waits for every timer, even one nobody receives from: here the
// run is stuck from 50 ms, and Go says so at 200 ms.
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
