package main

import (
	"fmt"
	"time"
)

// A ticker read three times, then stopped: no tick comes after Stop.
func main() {
	start := time.Now()
	beat := time.NewTicker(30 * time.Millisecond)
	for n := 1; n <= 3; n++ {
		<-beat.C
		fmt.Println("beat", n, time.Since(start).Round(10*time.Millisecond))
	}
	beat.Stop()
	select {
	case <-beat.C:
		fmt.Println("a beat after Stop")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("quiet after Stop", time.Since(start).Round(10*time.Millisecond))
	}
}
