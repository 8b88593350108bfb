// A ticker read more slowly than it ticks: the reader gets the oldest tick it missed, then
// the next to come; the ticks in between are lost, none queue, and the channel never shows
// one waiting.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(100 * time.Millisecond)
	for n := 1; n <= 4; n++ {
		t := <-ticker.C
		of := time.Since(start) - time.Since(t)
		fmt.Println("tick of", of.Round(10*time.Millisecond), "read at",
			time.Since(start).Round(10*time.Millisecond), "len", len(ticker.C))
		time.Sleep(250 * time.Millisecond)
	}
	ticker.Stop()
	read := 0
	begin := time.Now()
	busy := time.NewTicker(40 * time.Millisecond)
	for time.Since(begin) < time.Second {
		<-busy.C
		read++
		time.Sleep(90 * time.Millisecond)
	}
	busy.Stop()
	fmt.Println("ticks read in a second, 90ms each:", read)
}
