// An atomic.Value keeps one type
// The first Store decides the type of everything the Value will hold: a later Store of
// another type panics, even an int64 after an int.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var limit atomic.Value
	limit.Store(10)
	limit.Store(20)
	fmt.Println("limit", limit.Load().(int))

	var timeout atomic.Value
	timeout.Store(2 * time.Second)
	fmt.Println("timeout", timeout.Load().(time.Duration))

	var big int64 = 30
	fmt.Println("storing an int64 where ints were")
	limit.Store(big)
	fmt.Println("never printed")
}
