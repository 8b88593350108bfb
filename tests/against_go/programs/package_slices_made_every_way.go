// Package slices made every way a program makes them: nil until the first append, by make
// with a length or a capacity, from a function's result; compared with nil and grown by
// goroutines under a lock.
package main

import (
	"fmt"
	"strings"
	"sync"
)

var (
	seen    []string
	buckets = make([]int, 4)
	pending = make([]string, 0, 8)
	words   = strings.Fields("the quick brown fox")
)

func main() {
	fmt.Println(seen == nil, len(seen), cap(seen))
	fmt.Println(buckets, len(pending), cap(pending), words)

	var mu sync.Mutex
	var wg sync.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			seen = append(seen, w)
			buckets[len(w)%4]++
			pending = append(pending, strings.ToUpper(w[:1]))
			_ = i
		}()
	}
	wg.Wait()
	fmt.Println(seen != nil, len(seen), buckets, len(pending), cap(pending))
	seen = nil
	fmt.Println(seen == nil, seen)
}
