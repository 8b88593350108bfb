// Reset and Stop of a timer that fired while nobody received from it. From Go 1.23 the
// firing is undone: Reset and Stop say they stopped it, and no stale value is received
// after them.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("reset after firing:", t.Reset(100*time.Millisecond))
	v := <-t.C
	fired := time.Since(start) - time.Since(v)
	fmt.Println("received the firing of", fired.Round(10*time.Millisecond), "at",
		time.Since(start).Round(10*time.Millisecond))
	fmt.Println("reset after receiving:", t.Reset(30*time.Millisecond))
	time.Sleep(60 * time.Millisecond)
	fmt.Println("stop after firing:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("a stale value")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("nothing in the channel")
	}
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset a stopped timer:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("fired again at", time.Since(start).Round(10*time.Millisecond))
}
