// Comments between a literal's elements are not elements.
package main

import "fmt"

type box struct {
	n int
	s []int
}

func main() {
	b := box{
		// the count
		n: 2,
		s: []int{
			1, // one
			// two next
			2,
		},
	}
	m := map[string]int{
		// a key
		"a": 1,
	}
	fmt.Println(b.n, b.s, m, len(b.s))
}
