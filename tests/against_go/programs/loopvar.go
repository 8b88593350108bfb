// One loop variable, shared
// Before Go 1.22 every closure of the loop sees the same i, which has moved on by the time
// the goroutines run.
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
