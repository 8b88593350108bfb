// A value passed over an unbuffered channel orders the worker's write before main's.
package main

import "fmt"

var total int

func add(done chan<- bool) {
	total = total + 5
	done <- true
}

func main() {
	done := make(chan bool)
	go add(done)
	<-done
	total = total + 1
	fmt.Println(total)
}
