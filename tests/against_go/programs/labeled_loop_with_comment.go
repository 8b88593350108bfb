// A label, then a comment, then its loop, as "The Go Programming Language" writes its du4:
// the comment belongs to neither, and break loop leaves the for around the select.
package main

import "fmt"

func main() {
	sizes := make(chan int)
	done := make(chan struct{})
	go func() {
		for _, n := range []int{512, 2048, 128} {
			sizes <- n
		}
		close(done)
	}()

	var nfiles, nbytes int
loop:
	// Count until the walker is done.
	for {
		select {
		case n := <-sizes:
			nfiles++
			nbytes += n
		case <-done:
			break loop
		}
	}
	fmt.Printf("%d files  %d bytes\n", nfiles, nbytes)
}
