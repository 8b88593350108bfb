package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// One WaitGroup for the pool, one for the senders.
var pool, senders sync.WaitGroup

// Process runs f over in with a few workers; each result goes to its input's index, so no
// lock is needed and the order is the input's.
func Process[T, R any](in []T, f func(T) R, workers int) []R {
	out := make([]R, len(in))
	jobs := make(chan int)
	for w := 0; w < workers; w++ {
		pool.Add(1)
		go work(w, jobs, func(i int) {
			out[i] = f(in[i])
		})
	}
	for i := range in {
		jobs <- i
	}
	close(jobs)
	pool.Wait()
	return out
}

func work(id int, jobs <-chan int, do func(int)) {
	defer pool.Done()
	for i := range jobs {
		time.Sleep(time.Duration(id+1) * time.Millisecond)
		do(i)
	}
}

// Send delivers each value on its own goroutine; a generic function runs under `go` too.
func Send[T any](ch chan<- T, v T, wg *sync.WaitGroup) {
	defer wg.Done()
	ch <- v
}

func main() {
	words := []string{"mutex", "channel", "select", "goroutine", "wait"}
	upper := Process(words, func(s string) string { return strings.ToUpper(s) }, 3)
	fmt.Println(upper)
	lengths := Process(words, func(s string) int { return len(s) }, 2)
	fmt.Println(lengths)
	squares := Process[int, int]([]int{1, 2, 3, 4}, func(n int) int { return n * n }, 4)
	fmt.Println(squares)

	ch := make(chan float64, 3)
	for _, v := range []float64{0.5, 1.5, 2.5} {
		senders.Add(1)
		go Send(ch, v, &senders)
	}
	senders.Wait()
	close(ch)
	sum := 0.0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum:", sum)
}
