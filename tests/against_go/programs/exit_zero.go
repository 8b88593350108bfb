// Exiting from a goroutine
// A goroutine may end the whole program with os.Exit(0) while main waits.
package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		fmt.Println("worker done, stopping everything")
		os.Exit(0)
	}()
	wg.Wait()
	fmt.Println("never printed")
}
