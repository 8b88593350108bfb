// A stopped timer never fires: a receive from its channel waits for ever.
package main

import "time"

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	t.Stop()
	<-t.C
}
