package main

import (
	"fmt"
	"sync"
)

// A set as Go programs write one, map[string]struct{} with its values' type left out
// ({}), filled by workers under a Mutex.
type set map[string]struct{}

func main() {
	seen := set{"start": {}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, w := range []string{"b", "a", "b", "c", "a"} {
		wg.Go(func() {
			mu.Lock()
			seen[w] = struct{}{}
			mu.Unlock()
		})
	}
	wg.Wait()
	_, hasA := seen["a"]
	fmt.Println(len(seen), hasA, seen)
	flags := map[int]struct{}{1: {}, 3: {}}
	marks := []struct{}{{}, {}}
	fmt.Println(flags, len(marks))
}
