// Waiting for a Done that never comes
// main adds two to the counter but starts one goroutine: wg.Wait() waits for ever.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func work() {
	fmt.Println("working")
	wg.Done()
}

func main() {
	wg.Add(2)
	go work()
	wg.Wait()
	fmt.Println("never printed")
}
