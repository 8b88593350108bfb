// Exiting early
// os.Exit ends the program at once with its status: deferred calls do not run, and the
// goroutines still at work are cut off.
package main

import (
	"fmt"
	"os"
	"time"
)

func validate(n int) {
	defer fmt.Println("validate's deferred call never runs")
	if n < 0 {
		fmt.Println("invalid input", n)
		os.Exit(3)
	}
	fmt.Println("valid", n)
}

func main() {
	defer fmt.Println("main's deferred call never runs")
	go func() {
		time.Sleep(time.Second)
		fmt.Println("too late")
	}()
	for _, n := range []int{4, 2, -1, 5} {
		validate(n)
	}
}
