// Who a select wakes
// A waiting receiver gets a value while the sender goes on; of two goroutines waiting in a
// select, the first to wait on b gets its value and close wakes the other; a fresh timeout
// each round ends the loop once the feed goes quiet.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ch := make(chan int)
	go func() {
		v := <-ch
		fmt.Println("receiver got", v)
	}()
	time.Sleep(time.Millisecond)
	ch <- 1
	fmt.Println("sender goes on")
	time.Sleep(time.Millisecond)

	a := make(chan int)
	b := make(chan string)
	stop := make(chan bool)
	for i := 1; i <= 2; i++ {
		go func(id int) {
			select {
			case v := <-a:
				fmt.Println(id, "a", v)
			case s := <-b:
				fmt.Println(id, "b", s)
			case _, ok := <-stop:
				fmt.Println(id, "stopped", ok)
			}
		}(i)
	}
	time.Sleep(time.Millisecond)
	b <- "x"
	close(stop)
	time.Sleep(time.Millisecond)

	feed := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(30 * time.Millisecond)
			feed <- i
		}
	}()
	for {
		select {
		case v := <-feed:
			fmt.Println("feed", v)
			continue
		case <-time.After(50 * time.Millisecond):
			fmt.Println("quiet for 50ms")
		}
		break
	}
	fmt.Println("took", time.Since(start))
}
