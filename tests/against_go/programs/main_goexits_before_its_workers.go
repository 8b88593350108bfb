package main

// main may call runtime.Goexit too: its deferred calls run, the program does not end, and
// the workers carry on. Once the last of them is done, no goroutine is left to do anything,
// and Go says so.

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan struct{})
	for i := 1; i <= 3; i++ {
		go func() {
			time.Sleep(time.Duration(i) * 10 * time.Millisecond)
			fmt.Println("worker", i, "done")
			if i == 3 {
				close(done)
			}
		}()
	}
	go func() {
		<-done
		fmt.Println("the last worker closed done")
	}()
	defer fmt.Println("main's deferred call runs at its Goexit")
	runtime.Goexit()
}
