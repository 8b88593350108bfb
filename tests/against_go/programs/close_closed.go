// Closing twice
// Two goroutines each think they should close the channel when they finish: the second
// close panics.
package main

import (
	"fmt"
	"time"
)

func finish(name string, d time.Duration, results chan int) {
	time.Sleep(d)
	fmt.Println(name, "closes")
	close(results)
}

func main() {
	results := make(chan int)
	go finish("fast", 10*time.Millisecond, results)
	go finish("slow", 20*time.Millisecond, results)
	for r := range results {
		fmt.Println(r)
	}
	fmt.Println("range over")
	time.Sleep(50 * time.Millisecond)
	fmt.Println("never printed")
}
