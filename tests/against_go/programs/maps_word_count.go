// Words counted by four goroutines into one map under a Mutex, then printed in key order:
// the modern way to walk a map deterministically is slices.Sorted(maps.Keys(m)).
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

func main() {
	lines := []string{
		"the cat sat on the mat",
		"the dog sat on the log",
		"a cat and a dog",
		"on and on",
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := map[string]int{}
	for _, line := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, w := range strings.Fields(line) {
				mu.Lock()
				counts[w]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()

	for _, w := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%-4s %d\n", w, counts[w])
	}
	freqs := slices.Sorted(maps.Values(counts))
	fmt.Println("counts, smallest first:", freqs)
	fmt.Println("most frequent count:", slices.Max(freqs))

	words := slices.Collect(maps.Keys(counts))
	total := 0
	for _, w := range words {
		total += counts[w]
	}
	fmt.Println(len(words), "distinct words,", total, "in all")
	sum := 0
	for _, n := range slices.Collect(maps.Values(counts)) {
		sum += n
	}
	fmt.Println("sum of values:", sum)

	var none map[string]int
	empty := slices.Collect(maps.Keys(none))
	fmt.Println(empty, len(empty), empty == nil)
	fmt.Println(slices.Sorted(maps.Keys(map[int]bool{})) == nil)
}
