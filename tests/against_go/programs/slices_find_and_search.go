// Finding things in slices with a test function, and in a sorted slice by halves: jobs
// finished by workers are searched for the first failure and looked up by id.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type result struct {
	id   int
	ok   bool
	note string
}

func main() {
	results := make([]result, 6)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = result{id: i * 10, ok: i%4 != 3, note: fmt.Sprint("job ", i)}
		}()
	}
	wg.Wait()

	first := slices.IndexFunc(results, func(r result) bool { return !r.ok })
	fmt.Println("first failure at", first, results[first].note)
	fmt.Println("any over 40:", slices.ContainsFunc(results, func(r result) bool { return r.id > 40 }))
	fmt.Println("any over 90:", slices.ContainsFunc(results, func(r result) bool { return r.id > 90 }))

	calls := 0
	words := []string{"go", "chan", "select", "mutex"}
	long := func(w string) bool {
		calls++
		return len(w) > 4
	}
	fmt.Println(slices.IndexFunc(words, long), calls)

	ids := []int{}
	for _, r := range results {
		ids = append(ids, r.id)
	}
	for _, want := range []int{30, 35, -1, 50, 99} {
		i, found := slices.BinarySearch(ids, want)
		fmt.Println(want, i, found)
	}
	names := []string{"ada", "bob", "eve"}
	i, found := slices.BinarySearch(names, "carl")
	fmt.Println(i, found, names)
	var none []float64
	j, ok := slices.BinarySearch(none, 1.5)
	fmt.Println(j, ok)
	fmt.Println(slices.IndexFunc(none, func(x float64) bool { return true }))
}
