// Each round its own loop variable
// From Go 1.22 every round of a loop has its own i, so each goroutine prints the round it was
// started in (before, they shared one i that had moved on by the time they ran).
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func main() {
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("saw", i)
		}()
	}
	wg.Wait()
	for _, word := range []string{"a", "b"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			fmt.Println("got", w)
		}(word)
	}
	wg.Wait()
}
