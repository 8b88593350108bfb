// time.After in a loop: each round's timeout counts from that round, so a producer that
// slows down is waited for round by round. A timer due at once is ready at once from
// Go 1.23, even to a select with a default.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ch := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			time.Sleep(time.Duration(i*40) * time.Millisecond)
			ch <- i
		}
	}()
	for got := 0; got < 4; {
		select {
		case v := <-ch:
			got++
			fmt.Println("got", v, "at", time.Since(start).Round(10*time.Millisecond))
		case <-time.After(100 * time.Millisecond):
			fmt.Println("a round of 100ms passed at", time.Since(start).Round(10*time.Millisecond))
		}
	}
	now := 0
	for i := 0; i < 5; i++ {
		select {
		case <-time.After(0):
			now++
		default:
		}
	}
	fmt.Println("time.After(0) ready at once:", now, "of 5")
	for i := 0; i < 3; i++ {
		<-time.After(20 * time.Millisecond)
	}
	fmt.Println("three in a row took", time.Since(start).Round(10*time.Millisecond))
}
