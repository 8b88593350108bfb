// Closing a channel never made
// A channel variable declared but never made is nil; closing it panics.
package main

import "fmt"

var events chan string

func main() {
	fmt.Println("events is nil:", events == nil)
	close(events)
}
