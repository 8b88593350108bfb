// Pointers to variables
// p := &x makes p another way to the same x: a store through p is a store to x, in a
// function it is passed to, or in a goroutine, and two goroutines at *p++ share one count.
package main

import (
	"fmt"
	"sync"
)

var hits int

func double(n *int) {
	*n *= 2
}

func swap(a, b *string) {
	*a, *b = *b, *a
}

func main() {
	x := 1
	p := &x
	*p = 3
	*p++
	fmt.Println(x, *p)
	double(&x)
	double(p)
	fmt.Println(x, p == &x)
	first, second := "left", "right"
	swap(&first, &second)
	fmt.Println(first, second)

	h := &hits
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			*h += 10
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(hits, *h)

	counts := []int{}
	for i := 0; i < 3; i++ {
		n := i
		q := &n
		*q += 100
		counts = append(counts, n)
	}
	fmt.Println(counts)
	made := new(int)
	fmt.Println(made == p, made != nil)
	var none *int
	*none = 1
}
