// A select on a nil channel and a stopped timer: Go names it a select, not one of no cases.
package main

import "time"

func main() {
	var never chan int
	t := time.NewTimer(time.Millisecond)
	t.Stop()
	select {
	case <-never:
	case <-t.C:
	}
}
