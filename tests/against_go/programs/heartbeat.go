package main

import (
	"fmt"
	"time"
)

// A heartbeat loop: a ticker, a deadline, and a switch on how many beats came, with a
// labelled break out of the loop from inside the switch.
func main() {
	start := time.Now()
	beat := time.NewTicker(40 * time.Millisecond)
	defer beat.Stop()
	deadline := time.NewTimer(500 * time.Millisecond)
	beats := 0
loop:
	for {
		select {
		case <-beat.C:
			beats++
			switch {
			case beats%3 == 0:
				fmt.Println("fizz", beats)
				continue
			case beats == 5:
				fmt.Println("halfway", time.Since(start).Round(10*time.Millisecond))
			case beats > 6:
				break loop
			}
			fmt.Println("beat", beats)
		case <-deadline.C:
			fmt.Println("deadline")
			break loop
		}
	}
	fmt.Println("stopped after", beats, "at", time.Since(start).Round(10*time.Millisecond))
	if !deadline.Stop() {
		<-deadline.C
	}
	deadline.Reset(30 * time.Millisecond)
	<-deadline.C
	fmt.Println("reset fired at", time.Since(start).Round(10*time.Millisecond))
	switch x := beats * 2; {
	case x > 10:
		fmt.Println("many")
	}
	switch "none" {
	case "a", "b":
		fmt.Println("never")
	}
}
