// A relay of 10,000 runners: each goroutine waits for the baton from its right,
// adds one and hands it to its left. Only the last runner is started by main.
package main

import "fmt"

func runner(toLeft chan<- int, fromRight <-chan int) {
	toLeft <- 1 + <-fromRight
}

func main() {
	const runners = 10000
	finish := make(chan int)
	left := finish
	for range runners {
		right := make(chan int)
		go runner(left, right)
		left = right
	}
	go func(start chan<- int) { start <- 0 }(left)
	fmt.Println("the baton arrives with", <-finish)
}
