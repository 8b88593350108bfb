package main

import (
	"fmt"
	"strings"
)

// Indexes of every integer type, declared ones included; arrays and slices of declared
// types sliced; min, max and clear of declared types; bool(...) of a declared bool.
type seat uint8

type row [4]string

type queue []int

type word string

type ready bool

func main() {
	names := []string{"ana", "ben", "cho", "dev"}
	var b byte = 1
	var r rune = 2
	var s seat = 3
	var big int64 = 0
	fmt.Println(names[b], names[r], names[s], names[big])
	buf := make([]int, s, s+2)
	fmt.Println(len(buf), cap(buf))

	var front row = row{"a", "b", "c", "d"}
	middle := front[1:3]
	middle[0] = "B"
	fmt.Println(middle, front, len(front[:]))

	q := queue{5, 6, 7, 8}
	head := q[:2:2]
	head = append(head, 60)
	fmt.Println(head, q)
	clear(q)
	fmt.Println(q, len(q))

	w1, w2 := word("pear"), word("apple")
	fmt.Println(min(w1, w2), max(w1, w2, "zest"), strings.ToUpper(string(min(w2, w1))))

	var go_ ready = true
	fmt.Println(bool(go_), bool(!go_), bool(len(names) > 3))
}
