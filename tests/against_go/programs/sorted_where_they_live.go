// Results gathered by goroutines are sorted where they live: in a struct's field, through a
// parameter, in a map's value and in a slice of a slice; every slice of the same backing
// array sees the new order.
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
)

type board struct {
	mu     sync.Mutex
	names  []string
	scores []int
}

func (b *board) add(name string, score int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.names = append(b.names, name)
	b.scores = append(b.scores, score)
}

func sortedCopy(xs []int) []int {
	out := make([]int, len(xs))
	copy(out, xs)
	sort.Ints(out)
	return out
}

func sortInPlace(xs []int) { sort.Ints(xs) }

func main() {
	b := &board{}
	var wg sync.WaitGroup
	for i, name := range []string{"dee", "al", "cy", "bo"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.add(name, (i*37)%11)
		}()
	}
	wg.Wait()
	sort.Strings(b.names)
	fmt.Println(b.names)
	fmt.Println(sortedCopy(b.scores), len(b.scores))

	all := []int{9, 4, 7, 1}
	view := all[:]
	sortInPlace(all)
	fmt.Println(all, view)

	byLetter := map[string][]string{"c": {"cy", "cat", "cab"}, "a": {"ax", "al"}}
	for _, k := range []string{"a", "c"} {
		sort.Strings(byLetter[k])
		fmt.Println(k, byLetter[k])
	}

	grid := [][]int{{3, 1, 2}, {6, 5, 4}}
	for i := range grid {
		slices.Sort(grid[i])
	}
	fmt.Println(grid)

	people := struct{ list []string }{list: []string{"Zoe", "ann", "Bob"}}
	sort.Slice(people.list, func(i, j int) bool {
		return strings.ToLower(people.list[i]) < strings.ToLower(people.list[j])
	})
	fmt.Println(people.list)
	slices.Reverse(people.list)
	fmt.Println(people.list)
	slices.SortFunc(grid[1], func(a, b int) int { return b - a })
	fmt.Println(grid[1])
	tail := all[1:]
	sort.Sort(sort.Reverse(sort.IntSlice(tail)))
	fmt.Println(all)
}
