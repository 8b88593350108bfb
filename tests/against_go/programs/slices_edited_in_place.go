package main

// slices.Insert, Delete, DeleteFunc and Compact work in the slice's backing array while it
// has room, so another slice of that array sees the change (and the tail a deletion leaves
// is zeroed); past its capacity they move to a new array, as append does. Clone and Concat
// always make a new one. Struct elements are copied by value, by them and by append and copy.

import (
	"fmt"
	"slices"
	"strings"
)

type job struct {
	id   int
	done bool
}

func try(what string, f func()) {
	defer func() { fmt.Println(what, "->", recover()) }()
	f()
}

func main() {
	queue := make([]string, 0, 8)
	queue = append(queue, "a", "b", "c", "d")
	view := queue[:6]
	queue = slices.Insert(queue, 1, "x", "y")
	fmt.Println(queue, len(queue), cap(queue), view)

	queue = slices.Delete(queue, 0, 2)
	fmt.Printf("%q %q\n", queue, view)

	queue = slices.DeleteFunc(queue, func(s string) bool {
		fmt.Println("  asked about", s)
		return s == "b" || s == "d"
	})
	fmt.Printf("%q %q\n", queue, view)

	runs := []int{1, 1, 2, 2, 2, 3, 1, 1}
	all := runs[:len(runs):len(runs)]
	runs = slices.Compact(runs)
	fmt.Println(runs, all)

	full := []int{1, 2, 3}
	grown := slices.Insert(full, 3, 4, 5)
	grown[0] = 100
	fmt.Println(full, grown, len(grown), cap(grown))

	jobs := []job{{1, false}, {2, false}}
	copied := slices.Clone(jobs)
	copied[0].done = true
	appended := append([]job(nil), jobs...)
	appended[1].done = true
	into := make([]job, 2)
	copy(into, jobs)
	into[0].id = 9
	fmt.Println(jobs, copied, appended, into)

	fmt.Println(slices.Clone([]int(nil)) == nil, cap(slices.Clone([]string{"p", "q", "r"})))
	both := slices.Concat([]string{"x"}, nil, strings.Fields("y z"))
	fmt.Println(both, len(both), cap(both), slices.Concat([]int(nil), []int{}) == nil)

	try("delete past the end", func() { slices.Delete(full, 1, 5) })
	try("delete backwards", func() { slices.Delete(full, 2, 1) })
	try("insert past the end", func() { slices.Insert(full, 4, 0) })
	i := -1
	try("a negative start", func() { slices.Delete(full, i, 1) })
}
