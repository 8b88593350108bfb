// close happens before the receive it ends: the write before close is ordered before the
// read after the range.
package main

import "fmt"

var last string

func produce(out chan<- int) {
	for i := 0; i < 3; i++ {
		out <- i
	}
	last = "done"
	close(out)
}

func main() {
	out := make(chan int, 3)
	go produce(out)
	n := 0
	for v := range out {
		n = n + v
	}
	fmt.Println(n, last)
}
