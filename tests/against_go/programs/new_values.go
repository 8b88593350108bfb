// Go 1.26's new(v): a pointer to a new variable holding a value, here literals and
// expressions, shared by goroutines that take turns through a channel.
package main

import "fmt"

func bump(p *int, turns chan bool, done chan bool) {
	for range 3 {
		<-turns
		*p += 10
		done <- true
	}
}

func main() {
	count := new(42)
	label := new("total")
	ratio := new(2.5 * 2)
	fmt.Println(*count, *label, *ratio)

	turns, done := make(chan bool), make(chan bool)
	go bump(count, turns, done)
	for range 3 {
		turns <- true
		<-done
	}
	start := new(len(*label) + 1)
	fmt.Println(*label, *count, *start)
}
