// The write comes after the send, so the channel orders nothing: a race.
package main

import "fmt"

var total int

func add(done chan<- bool) {
	done <- true
	total = total + 5
}

func main() {
	done := make(chan bool, 1)
	go add(done)
	<-done
	total = total + 1
	fmt.Println(total)
}
