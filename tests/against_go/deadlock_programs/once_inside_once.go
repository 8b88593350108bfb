// A Once that calls itself
// setup calls once.Do again: the Once's Mutex is still held by the call that is running
// setup, so it waits for itself, and so does every goroutine that needs the Once.
package main

import (
	"fmt"
	"sync"
	"time"
)

var once sync.Once

func setup() {
	fmt.Println("setting up")
	time.Sleep(10 * time.Millisecond)
	once.Do(setup)
}

func main() {
	go func() {
		time.Sleep(5 * time.Millisecond)
		once.Do(setup)
		fmt.Println("never here")
	}()
	once.Do(setup)
}
