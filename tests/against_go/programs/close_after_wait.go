// Closing results once every worker is done
// A buffered channel of two slots lets two downloads run at a time; a goroutine waits for
// the WaitGroup and then closes the results channel, which ends main's range.
package main

import (
	"fmt"
	"sync"
	"time"
)

var wg sync.WaitGroup

func download(id int, slots chan bool, results chan<- string) {
	defer wg.Done()
	slots <- true
	time.Sleep(time.Duration(40+10*id) * time.Millisecond)
	<-slots
	results <- fmt.Sprintf("file %d", id)
}

func main() {
	start := time.Now()
	slots := make(chan bool, 2)
	results := make(chan string)
	for id := 1; id <= 5; id++ {
		wg.Add(1)
		go download(id, slots, results)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	count := 0
	for r := range results {
		count++
		fmt.Println(count, r)
	}
	fmt.Println("all", count, "in", time.Since(start))
}
