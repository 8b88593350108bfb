// Waiting for a result that never comes
// main waits for two results but only one worker sends: everyone is asleep.
package main

import "fmt"

func work(id int, results chan<- int) {
	if id == 1 {
		results <- id * 10
	}
}

func main() {
	results := make(chan int)
	go work(1, results)
	go work(2, results)
	fmt.Println(<-results)
	fmt.Println(<-results)
}
