package main

import (
	"fmt"
	"time"
)

// An alarm stopped before it rings, another reset to ring later, and Stop after firing.
func main() {
	start := time.Now()
	alarm := time.NewTimer(200 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("stopped in time:", alarm.Stop())
	select {
	case <-alarm.C:
		fmt.Println("rang anyway")
	case <-time.After(300 * time.Millisecond):
		fmt.Println("never rang")
	}
	late := time.NewTimer(40 * time.Millisecond)
	late.Reset(120 * time.Millisecond)
	<-late.C
	fmt.Println("late one at", time.Since(start).Round(10*time.Millisecond))
	fired := time.NewTimer(10 * time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("stop after firing:", fired.Stop(), len(fired.C))
}
