// Ranging over a map's keys or values with the maps package's iterators: the order is the
// map's random one, so only what does not depend on it is printed.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

func main() {
	stock := map[string]int{"apples": 5, "pears": 0, "plums": 12, "figs": 3}
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for name := range maps.Keys(stock) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += stock[name]
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)

	longest := ""
	for name := range maps.Keys(stock) {
		if len(name) > len(longest) || len(name) == len(longest) && name < longest {
			longest = name
		}
	}
	fmt.Println("longest name:", longest)

	empty := 0
	for n := range maps.Values(stock) {
		if n == 0 {
			empty++
			continue
		}
	}
	fmt.Println("sold out:", empty)

	rounds := 0
	for range maps.Values(stock) {
		rounds++
	}
	fmt.Println("rounds:", rounds)

	var found bool
	var k string
	for k = range maps.Keys(stock) {
		if k == "figs" {
			found = true
			break
		}
	}
	fmt.Println(found, k)

	var none map[int]string
	for v := range maps.Values(none) {
		fmt.Println("never", v)
	}
	fmt.Println(slices.Sorted(maps.Values(stock)))
}
