// main does not wait
// When main returns the program ends, and the goroutines still sleeping never print.
package main

import (
	"fmt"
	"time"
)

func late(id int) {
	time.Sleep(100 * time.Millisecond)
	fmt.Println("late", id)
}

func main() {
	for i := 1; i <= 3; i++ {
		go late(i)
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main is done")
}
