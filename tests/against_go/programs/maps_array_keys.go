// Robots exploring a grid: each robot walks its own path, and the cells they visit meet in
// one map keyed by [2]int coordinates, guarded by a mutex. Arrays are comparable, so equal
// coordinates are the same key, whoever made them.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type cell [2]int

func main() {
	paths := map[string]string{
		"rover":  "EENNW",
		"digger": "NNEE",
		"drone":  "ENEN",
	}
	var mu sync.Mutex
	visits := make(map[[2]int][]string)
	var wg sync.WaitGroup
	for name, moves := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			at := [2]int{0, 0}
			for _, m := range moves {
				switch m {
				case 'N':
					at[1]++
				case 'S':
					at[1]--
				case 'E':
					at[0]++
				case 'W':
					at[0]--
				}
				mu.Lock()
				visits[at] = append(visits[at], name)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()

	fmt.Println(len(visits), "cells visited")
	var shared [][2]int
	for c, who := range visits {
		if len(who) > 1 {
			shared = append(shared, c)
		}
	}
	sort.Slice(shared, func(i, j int) bool {
		if shared[i][0] != shared[j][0] {
			return shared[i][0] < shared[j][0]
		}
		return shared[i][1] < shared[j][1]
	})
	for _, c := range shared {
		who := visits[c]
		sort.Strings(who)
		fmt.Println(c, who)
	}

	goal := [2]int{2, 2}
	_, reached := visits[goal]
	fmt.Println("goal reached:", reached)
	goal[0] = 9
	_, reached = visits[goal]
	fmt.Println("far corner reached:", reached)

	counts := map[[2]string]int{}
	for name, moves := range paths {
		counts[[2]string{name, moves[:1]}]++
	}
	fmt.Println(counts)
	delete(counts, [2]string{"drone", "E"})
	fmt.Println(len(counts), counts)
	var c cell = cell{1, 2}
	fmt.Println(c, visits[[2]int(c)] == nil)
}
