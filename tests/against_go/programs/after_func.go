// Giving up on slow work with time.AfterFunc
// AfterFunc runs a function in a goroutine of its own when the timer fires. A deadline that
// is not reached is stopped; one that is reached cancels the work.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func work(name string, steps int, deadline time.Duration) {
	var cancelled atomic.Bool
	timer := time.AfterFunc(deadline, func() {
		fmt.Println(name, "is cancelled")
		cancelled.Store(true)
	})
	for step := 1; step <= steps; step++ {
		if cancelled.Load() {
			fmt.Println(name, "stops before step", step)
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	if timer.Stop() {
		fmt.Println(name, "finished in time")
	}
}

func main() {
	start := time.Now()
	// Still set when main returns: the program ends without it.
	time.AfterFunc(time.Hour, func() { fmt.Println("an hour later") })
	work("short", 3, 50*time.Millisecond)
	work("long", 10, 35*time.Millisecond)

	var wg sync.WaitGroup
	wg.Add(1)
	reminder := time.AfterFunc(time.Hour, func() {
		fmt.Println("reminder at", time.Since(start).Round(time.Millisecond))
		wg.Done()
	})
	fmt.Println("reset while waiting:", reminder.Reset(20*time.Millisecond))
	wg.Wait()
	fmt.Println("stop after it ran:", reminder.Stop())

	wg.Add(2)
	again := time.AfterFunc(0, func() {
		fmt.Println("again at", time.Since(start).Round(time.Millisecond))
		wg.Done()
	})
	time.Sleep(5 * time.Millisecond)
	fmt.Println("reset after it ran:", again.Reset(10*time.Millisecond))
	wg.Wait()

	never := time.AfterFunc(time.Millisecond, func() { fmt.Println("never printed") })
	fmt.Println("stopped in time:", never.Stop(), never.Stop())
	time.Sleep(5 * time.Millisecond)
	fmt.Println("done at", time.Since(start).Round(time.Millisecond))
}
