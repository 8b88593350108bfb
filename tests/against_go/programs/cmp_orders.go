package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type job struct {
	name     string
	priority int
	cost     float64
}

// Jobs a scheduler picks from, ordered the way Go 1.21's cmp orders them.
func main() {
	jobs := []job{
		{"index", 2, 1.5},
		{"backup", 1, 9.25},
		{"email", 2, 0.5},
		{"report", 3, 4},
	}
	slices.SortFunc(jobs, func(a, b job) int {
		if c := cmp.Compare(b.priority, a.priority); c != 0 {
			return c
		}
		return cmp.Compare(a.name, b.name)
	})
	for _, j := range jobs {
		fmt.Println(j.priority, j.name)
	}

	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2.5, 2.5), cmp.Compare("b", "a"))
	fmt.Println(cmp.Less(1, 2.5), cmp.Less("go", "go"), cmp.Compare('a', 98))

	nan := math.NaN()
	fmt.Println("NaN against a number:", cmp.Compare(nan, -math.MaxFloat64), cmp.Less(nan, 0.0))
	fmt.Println("NaN against NaN:", cmp.Compare(nan, nan), cmp.Less(nan, nan))

	cheapest := jobs[0]
	for _, j := range jobs[1:] {
		if cmp.Less(j.cost, cheapest.cost) {
			cheapest = j
		}
	}
	fmt.Println("cheapest:", cheapest.name, cheapest.cost)

	var limit int64 = 10
	fmt.Println(cmp.Compare(limit, 7), cmp.Less(3, limit))
}
