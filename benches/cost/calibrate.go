// What one operation costs Go on this machine, in nanoseconds: the prices of syncscope's
// cost model (crates/syncscope-engine/src/cost.rs) are set from these lines, and the
// cost_model bench prints them beside the prices.
package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

var sink int

//go:noinline
func next(a int) int { return a + 1 }

// best runs f(n) a few times and prints its fastest time per operation.
func best(name string, n int, f func(n int)) {
	fastest := time.Duration(1 << 62)
	for range 5 {
		start := time.Now()
		f(n)
		fastest = min(fastest, time.Since(start))
	}
	fmt.Printf("%s %.2f\n", name, float64(fastest.Nanoseconds())/float64(n))
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func sieve(n int) int {
	composite := make([]bool, n)
	primes := 0
	for i := 2; i < n; i++ {
		if composite[i] {
			continue
		}
		primes++
		for j := i * i; j < n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	// Whole programs, as fib.go and sieve.go beside this file run them (per run, so n is 1).
	best("fib.go", 1, func(int) { sink = fib(30) })
	best("sieve.go", 1, func(int) { sink = sieve(1_000_000) })
	best("loop", 10_000_000, func(n int) {
		total := 0
		for i := 0; i < n; i++ {
			total += i
		}
		sink = total
	})
	best("call", 10_000_000, func(n int) {
		v := 0
		for range n {
			v = next(v)
		}
		sink = v
	})
	best("map", 1_000_000, func(n int) {
		m := make(map[int]int)
		for i := range n {
			m[i&1023] += i
		}
		sink = len(m)
	})
	best("append", 1_000_000, func(n int) {
		var s []int
		for i := range n {
			s = append(s, i)
		}
		sink = len(s)
	})
	best("lock", 1_000_000, func(n int) {
		var mu sync.Mutex
		for range n {
			mu.Lock()
			mu.Unlock()
		}
	})
	best("chan", 200_000, func(n int) {
		c := make(chan int)
		go func() {
			for i := range n {
				c <- i
			}
		}()
		for range n {
			<-c
		}
	})
	best("go", 100_000, func(n int) {
		var wg sync.WaitGroup
		for range n {
			wg.Go(func() {})
		}
		wg.Wait()
	})
	best("print", 100_000, func(n int) {
		for i := range n {
			fmt.Fprintln(io.Discard, "value", i)
		}
	})
}
