// A dispatcher looks its workers up by name; one name has none, so the function value is
// nil. `go w(3)` with an argument is run by Go as a goroutine of its own that calls w and
// panics there, after main has gone on, rather than failing at the go statement.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	workers := map[string]func(int){
		"double": func(n int) { fmt.Println("double:", n*2) },
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		workers["double"](4)
	}()
	wg.Wait()

	fmt.Println("starting a worker nobody registered")
	go workers["triple"](3)
	fmt.Println("main goes on")
	time.Sleep(10 * time.Millisecond)
	fmt.Println("not reached")
}
