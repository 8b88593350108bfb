package main

import (
	"fmt"
	"slices"
)

type Registry map[string]int

type Names []string

func main() {
	r := make(Registry, 4)
	r["a"] = 1
	r["b"] = 2
	clear(r)
	fmt.Println(len(r), r)
	n := Names{"x", "y", "z"}
	fmt.Println(slices.Contains(n, "y"), slices.Index(n, "z"), slices.Max(n))
	m := min(len(n), 2)
	fmt.Println(n[:m], cap(n[1:]))
	for i := range len(n) {
		n[i] += "!"
	}
	fmt.Println(n)
}
