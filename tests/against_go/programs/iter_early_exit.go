// Leaving loops over iterators early: break, continue, and return from the function around
// the loop, nested, with the iterator told to stop each time.
package main

import (
	"fmt"
	"iter"
)

func pairs(names []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, n := range names {
			if !yield(i, n) {
				return
			}
		}
	}
}

func find(seq iter.Seq[int], want int) (int, bool) {
	pos := 0
	for v := range seq {
		if v == want {
			return pos, true
		}
		pos++
	}
	return -1, false
}

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			fmt.Println("yielding", i)
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func firstOver(limit int) string {
	for i, name := range pairs([]string{"ann", "bob", "carla", "dmitri"}) {
		for x := range count(3) {
			if x == 1 {
				break
			}
			if len(name) > limit && x == 0 {
				return fmt.Sprint(i, ":", name)
			}
		}
	}
	return "none"
}

func main() {
	for i, n := range pairs([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		fmt.Println(i, n)
	}
	for _, n := range pairs([]string{"x", "y"}) {
		fmt.Println(n)
	}
	for range count(2) {
		fmt.Println("tick")
	}
	pos, ok := find(count(5), 3)
	fmt.Println(pos, ok)
	pos, ok = find(count(2), 7)
	fmt.Println(pos, ok)
	fmt.Println(firstOver(3))
	fmt.Println(firstOver(10))
	total := 0
	for v := range count(4) {
		total += v
	}
	fmt.Println("total", total)
}
