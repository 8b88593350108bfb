// A select on several timers: the first due wins each round. Timers that fired but were not
// received are still to fire as far as Stop can tell (Go 1.23), so Stop stops them.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	slow := time.NewTimer(300 * time.Millisecond)
	mid := time.NewTimer(200 * time.Millisecond)
	fast := time.NewTimer(100 * time.Millisecond)
	for round := 1; round <= 3; round++ {
		select {
		case <-slow.C:
			fmt.Println("slow at", time.Since(start).Round(10*time.Millisecond))
		case <-mid.C:
			fmt.Println("mid at", time.Since(start).Round(10*time.Millisecond))
		case <-fast.C:
			fmt.Println("fast at", time.Since(start).Round(10*time.Millisecond))
		}
	}
	fmt.Println("all received, stop:", slow.Stop(), mid.Stop(), fast.Stop())

	a := time.NewTimer(10 * time.Millisecond)
	b := time.NewTimer(20 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	took := 0
	select {
	case <-a.C:
		took++
	case <-b.C:
		took++
	default:
	}
	stoppedA, stoppedB := a.Stop(), b.Stop()
	fmt.Println("took", took, "of two due; stopped the other:", stoppedA != stoppedB)

	done := make(chan bool)
	go func() {
		time.Sleep(60 * time.Millisecond)
		done <- true
	}()
	timeout := time.NewTimer(100 * time.Millisecond)
	tick := time.NewTicker(40 * time.Millisecond)
	for waiting := true; waiting; {
		select {
		case <-done:
			fmt.Println("done at", time.Since(start).Round(10*time.Millisecond),
				"timeout stopped:", timeout.Stop())
			waiting = false
		case <-timeout.C:
			fmt.Println("timed out")
			waiting = false
		case <-tick.C:
			fmt.Println("tick at", time.Since(start).Round(10*time.Millisecond))
		}
	}
	tick.Stop()
}
