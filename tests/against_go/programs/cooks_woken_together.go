package main

import (
	"fmt"
	"time"
)

type order struct{ steps int }

// Two cooks take orders from one counter, work the same time on each and hand it on. Their
// timers end a few microseconds apart, so the processor that wakes finds both done: the one
// made ready last runs first, and the other waits for a second processor to wake.
func cook(name string, incoming <-chan *order, done chan<- *order) {
	for n := 0; ; n++ {
		o := <-incoming
		o.steps++
		fmt.Println(name, "takes order", n)
		time.Sleep(50 * time.Millisecond)
		done <- o
	}
}

func main() {
	incoming, done := make(chan *order), make(chan *order)
	go cook("ana", incoming, done)
	go cook("ben", incoming, done)
	go func() {
		for range 8 {
			incoming <- &order{}
		}
	}()
	for range 8 {
		<-done
	}
}
