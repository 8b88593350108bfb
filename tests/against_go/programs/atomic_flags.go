// Feature flags in one atomic word
// Goroutines switch bits on with Or and off with And (Go 1.23): each is one atomic step that
// gives back the word as it was, so each goroutine sees what the others had switched on.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

const (
	logging = 1
	tracing = 2
	caching = 4
)

var (
	flags atomic.Int32
	seen  uint64
	wg    sync.WaitGroup
)

func enable(name string, bit int32, after time.Duration) {
	defer wg.Done()
	time.Sleep(after)
	old := flags.Or(bit)
	fmt.Printf("%s on: the flags were %03b\n", name, old)
}

func main() {
	wg.Add(4)
	go enable("logging", logging, 10*time.Millisecond)
	go enable("tracing", tracing, 20*time.Millisecond)
	go enable("logging again", logging, 30*time.Millisecond)
	go enable("caching", caching, 5*time.Millisecond)
	wg.Wait()
	fmt.Printf("flags %03b\n", flags.Load())

	old := flags.And(logging + caching)
	fmt.Printf("tracing off: was %03b, now %03b\n", old, flags.Load())

	atomic.OrUint64(&seen, 1099511627776)
	before := atomic.AndUint64(&seen, 1099511627777)
	fmt.Println(before, atomic.LoadUint64(&seen))
}
