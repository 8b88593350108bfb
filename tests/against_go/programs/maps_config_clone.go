// A shared default configuration cloned by each worker, which changes only its own copy:
// maps.Clone makes a new map, so no worker sees another's changes and none races.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sync"
)

func main() {
	defaults := map[string]int{"retries": 3, "timeout": 30, "workers": 4}
	results := make([]map[string]int, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cfg := maps.Clone(defaults)
			cfg["id"] = i
			cfg["retries"] += i
			results[i] = cfg
		}()
	}
	wg.Wait()
	fmt.Println("defaults:", defaults)
	for i, cfg := range results {
		fmt.Println("worker", i, cfg, maps.Equal(cfg, defaults))
	}

	same := maps.Clone(defaults)
	fmt.Println("clone equal:", maps.Equal(same, defaults))
	same["timeout"] = 60
	fmt.Println("after change:", maps.Equal(same, defaults), defaults["timeout"])

	overrides := map[string]int{"timeout": 10, "verbose": 1}
	merged := maps.Clone(defaults)
	maps.Copy(merged, overrides)
	fmt.Println("merged:", merged)
	fmt.Println("keys:", slices.Sorted(maps.Keys(merged)))

	maps.DeleteFunc(merged, func(k string, v int) bool { return v < 5 })
	fmt.Println("big ones:", merged, len(merged))

	var nothing map[string]int
	c := maps.Clone(nothing)
	fmt.Println(len(c), maps.Equal(c, map[string]int{}), maps.Equal(nothing, c))
	maps.Copy(merged, nothing)
	fmt.Println(merged)

	type limits map[string]float64
	l := limits{"cpu": 0.5, "mem": 2}
	l2 := maps.Clone(l)
	l2["cpu"] = 1.5
	fmt.Printf("%v %v %T\n", l, l2, l2)
	fmt.Println(slices.Sorted(maps.Values(l2)))
}
