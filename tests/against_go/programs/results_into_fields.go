// Several results of one call assigned straight into fields, elements, map entries and
// pointees, from goroutines that each fill in their own record.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type probe struct {
	name    string
	latency int
	err     error
}

func measure(name string) (int, error) {
	if len(name) > 6 {
		return 0, errors.New("no route to " + name)
	}
	return len(name) * 7, nil
}

func split(n int) (int, int) { return n / 10, n % 10 }

func main() {
	probes := []*probe{{name: "alpha"}, {name: "beta"}, {name: "faraway"}}
	var wg sync.WaitGroup
	for _, p := range probes {
		wg.Add(1)
		go func(p *probe) {
			defer wg.Done()
			p.latency, p.err = measure(p.name)
		}(p)
	}
	wg.Wait()
	for _, p := range probes {
		fmt.Printf("%-8s %3d %v\n", p.name, p.latency, p.err)
	}

	var local probe
	local.latency, local.err = measure("gamma")
	fmt.Println(local.latency, local.err)

	digits := make([]int, 2)
	digits[0], digits[1] = split(47)
	fmt.Println(digits)

	table := map[string]int{}
	table["tens"], table["ones"] = split(93)
	fmt.Println(table)

	var tens, ones int
	pt, po := &tens, &ones
	*pt, *po = split(58)
	fmt.Println(tens, ones)

	var grid [2][2]int
	grid[1][0], grid[0][1] = split(21)
	fmt.Println(grid)
}
