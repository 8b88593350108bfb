// A package-level slice is a slice like any other: a function given it changes the elements
// its caller sees, a sort through a named slice type reorders it, a copy of its header shares
// its backing array until an append needs a bigger one, and its capacity grows as Go's does.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	name string
	cost int
}

var queue = []*job{{"render", 30}, {"fetch", 10}, {"parse", 20}}

var totals = []int{0, 0, 0}

var log []string

type byCost []*job

func (q byCost) Len() int           { return len(q) }
func (q byCost) Less(i, j int) bool { return q[i].cost < q[j].cost }
func (q byCost) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }

func double(xs []int) {
	for i := range xs {
		xs[i] *= 2
	}
}

func names() []string {
	var out []string
	for _, j := range queue {
		out = append(out, j.name)
	}
	return out
}

func main() {
	sort.Sort(byCost(queue))
	fmt.Println(names())

	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			totals[i] += queue[i].cost
			log = append(log, queue[i].name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	double(totals)
	fmt.Println(totals, len(log))

	view := totals[:2]
	view[1] = -1
	fmt.Println(totals, view)

	for i := range 5 {
		log = append(log, fmt.Sprint(i))
		fmt.Print(len(log), "/", cap(log), " ")
	}
	fmt.Println()

	before := totals
	totals = append(totals, 99)
	totals[0] = 7
	fmt.Println(before, totals)
	totals = totals[:1]
	fmt.Println(totals, len(totals), cap(totals))
}
