package main

import (
	"fmt"
	"sync"
)

// Two workers report through a pointer to the caller's error, with no lock: both write it.
func main() {
	var failure error
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(into *error) {
			defer wg.Done()
			*into = fmt.Errorf("worker %d failed", i)
		}(&failure)
	}
	wg.Wait()
	fmt.Println(failure != nil)
}
