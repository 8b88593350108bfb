// One lookup after another
// Each call waits for the one before it, so five calls take five times as long as one.
package main

import (
	"fmt"
	"time"
)

var keys = []string{"k1", "k2", "k3", "k4", "k5"}

func lookup(i int) string {
	time.Sleep(40 * time.Millisecond)
	return "value of " + keys[i]
}

func main() {
	start := time.Now()
	for i := 0; i < len(keys); i++ {
		fmt.Println(lookup(i))
	}
	fmt.Printf("took %v\n", time.Since(start))
}
