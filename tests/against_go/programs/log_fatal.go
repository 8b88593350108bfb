// A worker gives up
// The second worker cannot go on and calls log.Fatalf: the program exits with status 1 at
// once, main's deferred line never printed and the third worker never finishing.
package main

import (
	"fmt"
	"log"
	"time"
)

func worker(id int) {
	time.Sleep(time.Duration(id) * 100 * time.Millisecond)
	if id == 2 {
		log.Fatalf("worker %d: disk full", id)
	}
	fmt.Println("worker", id, "saved its file")
}

func main() {
	defer fmt.Println("main's deferred call")
	log.SetFlags(0)
	for i := 1; i <= 3; i++ {
		go worker(i)
	}
	time.Sleep(time.Second)
	fmt.Println("all saved")
}
