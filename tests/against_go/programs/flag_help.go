// args: -h
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	flag.String("addr", "localhost:8080", "the `address` to listen on")
	flag.Int("workers", 4, "how many workers\nrun at once")
	flag.Bool("v", false, "verbose")
	flag.Bool("dry-run", true, "print, do not act")
	flag.Duration("timeout", 0*time.Second, "give up after this long")
	flag.Float64("rate", 2.5, "requests a second")
	flag.Int64("limit", 0, "at most this many")
	flag.String("name", "", "your name")
	flag.Parse()
	fmt.Println("not reached")
}
