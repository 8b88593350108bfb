// Spreading a slice into a variadic call
// s... passes the slice itself: the callee writes into the caller's array.
package main

import (
	"fmt"
	"sync"
)

func sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func logf(level string, parts ...string) {
	fmt.Println(level, len(parts), cap(parts), parts)
}

var wg sync.WaitGroup

func worker(id int, jobs ...int) {
	defer wg.Done()
	fmt.Println("worker", id, "sum", sum(jobs...))
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	logf("INFO")
	logf("WARN", "disk", "low")
	words := []string{"a", "b"}
	logf("DEBUG", words...)
	f := sum
	fmt.Println(f(7, 8))

	wg.Add(2)
	go worker(1, 1, 2, 3)
	go worker(2, nums...)
	wg.Wait()
	defer logf("DEFER", words...)
	defer fmt.Println("deferred sum", sum(nums...))
	nums[0] = 100
	s := []int{1, 2, 3, 4, 5}
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	b := append([]byte("hello "), "world"...)
	fmt.Println(string(b))
	all := append([]int{}, nums...)
	all = append(all, s...)
	fmt.Println(all)
	mod := func(xs ...int) {
		if len(xs) > 0 {
			xs[0] = -1
		}
	}
	mod(nums...)
	fmt.Println(nums)
}
