// Leaving a loop from inside a select
// `break` in a select case only leaves the select; a labelled break leaves the loop around
// it, and a labelled continue goes on with an outer loop from inside an inner one.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(10 * time.Millisecond)
			ticks <- i
		}
		close(done)
	}()
	seen := 0
loop:
	for {
		select {
		case t := <-ticks:
			seen++
			if t == 2 {
				fmt.Println("tick 2: a plain break leaves the select only")
				break
			}
			fmt.Println("tick", t)
		case <-done:
			fmt.Println("done: leaving the loop")
			break loop
		}
	}
	fmt.Println("seen", seen)
rows:
	for row := 1; row <= 3; row++ {
		for col := 1; col <= 3; col++ {
			if col > row {
				continue rows
			}
			if row == 3 && col == 2 {
				break rows
			}
			fmt.Println("cell", row, col)
		}
	}
	jobs := make(chan int, 5)
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
work:
	for j := range jobs {
		select {
		case <-time.After(time.Millisecond):
			if j%2 == 0 {
				continue work
			}
			if j == 5 {
				break work
			}
			fmt.Println("job", j)
		}
	}
	fmt.Println("end")
}
