package main

import (
	"fmt"
	"sort"
)

// The map's key and value types come from M's constraint: Keys(m) needs no type arguments.
func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Filter keeps the slice's own type S; its element type E comes from S's constraint.
func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, x := range s {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	ages := map[string]int{"grace": 85, "ada": 36, "alan": 41}
	names := Keys(ages)
	sort.Strings(names)
	fmt.Println(names)
	old := Filter(names, func(n string) bool { return ages[n] > 40 })
	fmt.Printf("%v %T\n", old, old)
	fmt.Println(Filter([]float64{0.5, 1.5, 2.5}, func(x float64) bool { return x > 1 }))
}
