package main

import (
	"fmt"
	"time"
)

func main() {
	ready := false
	go func() {
		ready = true
	}()
	time.Sleep(10 * time.Millisecond)
	if ready {
		fmt.Println("ready")
	}
}
