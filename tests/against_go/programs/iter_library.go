// The library's iterators: slices.All and Values, maps.Keys, Values and All, Collect and
// Sorted of any iterator, a generic filter, and goroutines started from inside the loop.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
)

func evens(limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < limit; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	words := []string{"pear", "fig", "apple", "kiwi"}
	for i, w := range slices.All(words) {
		fmt.Println(i, w)
	}
	for w := range slices.Values(words) {
		if w == "apple" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
	upper := slices.Collect(filter(slices.Values(words), func(s string) bool { return len(s) == 4 }))
	fmt.Println(upper, len(upper), cap(upper))
	fmt.Println(slices.Sorted(slices.Values(words)))
	fmt.Println(slices.Collect(evens(9)))
	stock := map[string]int{"apples": 3, "pears": 5, "plums": 1}
	keys := maps.Keys(stock)
	fmt.Println(slices.Sorted(keys))
	total := 0
	for _, n := range maps.All(stock) {
		total += n
	}
	fmt.Println("total", total)
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println(vals)
	var mu sync.Mutex
	var wg sync.WaitGroup
	seen := map[int]bool{}
	for n := range evens(10) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen[n] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(seen), seen[8])
	var b strings.Builder
	for n := range evens(20) {
		if n > 6 {
			break
		}
	inner:
		for j := 0; j < 3; j++ {
			if j == 2 {
				break inner
			}
			switch {
			case n == 2:
				continue
			}
			fmt.Fprintf(&b, "%d.%d ", n, j)
		}
	}
	fmt.Println(b.String())
}
