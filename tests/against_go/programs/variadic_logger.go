// A variadic logger
// Workers report through one function that takes any number of words; a total is summed
// from whatever it is given, a slice spread into it, and a deferred call too.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func logf(who string, words ...string) {
	fmt.Println(who, len(words), words)
}

func worker(id int, scores ...int) {
	defer wg.Done()
	defer logf("done", "worker", fmt.Sprint(id))
	fmt.Println("worker", id, "scores", scores, "total", sum(scores...))
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	logf("empty")
	logf("one", "a")
	logf("two", "a", "b")
	parts := []string{"x", "y", "z"}
	logf("spread", parts...)
	nums := []int{4, 5, 6}
	fmt.Println("spread sum", sum(nums...))
	wg.Add(2)
	go worker(1, nums...)
	go worker(2, 7, 8)
	wg.Wait()
	more := []int{10, 20}
	wg.Add(1)
	go worker(3, more...)
	wg.Wait()
}
