package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Two goroutines print their alphabets on two processors. Each is done in tens of
// microseconds, less than an idle processor takes to wake, so one's letters come before the
// other's: the last started first, from main's own processor.
func main() {
	runtime.GOMAXPROCS(2)
	var wg sync.WaitGroup
	letters := func(from rune) {
		defer wg.Done()
		for c := from; c < from+10; c++ {
			fmt.Printf("%c", c)
		}
		fmt.Println()
	}
	wg.Add(2)
	go letters('a')
	go letters('A')
	fmt.Println("both started")
	wg.Wait()
}
