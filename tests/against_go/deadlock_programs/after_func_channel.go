// Waiting on an AfterFunc timer's channel
// A timer made by time.AfterFunc runs a function instead of sending: its C is nil, and a
// receive from it waits for ever.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.AfterFunc(10*time.Millisecond, func() { fmt.Println("fired") })
	time.Sleep(20 * time.Millisecond)
	<-t.C
}
