// A pool of three workers
// Nine jobs of 300 ms each go into a jobs channel; three workers take them as they come free
// and send what they did on a results channel. Nine jobs take about a second, not nine.
package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		time.Sleep(300 * time.Millisecond)
		results <- fmt.Sprintf("worker %d finished job %d", id, j)
	}
}

func main() {
	start := time.Now()
	jobs := make(chan int, 9)
	results := make(chan string, 9)
	for w := 1; w <= 3; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	for i := 0; i < 9; i++ {
		fmt.Println(<-results)
	}
	fmt.Println("9 jobs took", time.Since(start))
}
