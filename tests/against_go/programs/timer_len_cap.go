// len and cap of a timer's channel: from Go 1.23 both are 0, before and after it fires,
// for time.After, a timer, a ticker and time.Tick alike; a receive gets the value all the
// same.
package main

import (
	"fmt"
	"time"
)

func ready(c <-chan time.Time) string {
	select {
	case <-c:
		return "ready"
	default:
		return "empty"
	}
}

func main() {
	after := time.After(10 * time.Millisecond)
	timer := time.NewTimer(10 * time.Millisecond)
	ticker := time.NewTicker(10 * time.Millisecond)
	tick := time.Tick(10 * time.Millisecond)
	fmt.Println("before:", len(after), cap(after), len(timer.C), cap(timer.C),
		len(ticker.C), cap(ticker.C), len(tick), cap(tick))
	fmt.Println(ready(after), ready(timer.C), ready(ticker.C), ready(tick))
	time.Sleep(30 * time.Millisecond)
	fmt.Println("fired:", len(after), cap(after), len(timer.C), cap(timer.C),
		len(ticker.C), cap(ticker.C), len(tick), cap(tick))
	fmt.Println(ready(after), ready(timer.C), ready(ticker.C), ready(tick))
	fmt.Println("taken:", len(after), len(timer.C), len(ticker.C), len(tick))
	fmt.Println(ready(after), ready(timer.C), ready(ticker.C), ready(tick))
	ticker.Stop()
}
