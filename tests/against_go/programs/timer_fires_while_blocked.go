// A timer set for now fires while main is blocked on something else: by the select it
// has its value.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	u := time.After(0)
	go func() { c <- 1 }()
	<-c
	select {
	case <-u:
		fmt.Println("fired")
	default:
		fmt.Println("default")
	}
}
