// Capacity as a slice grows
// make with a length and a capacity, and appends past the capacity, which move the slice
// to a bigger backing array: cap shows Go's growth.
package main

import "fmt"

type point struct {
	x, y int
}

func main() {
	s := make([]int, 3)
	fmt.Println(s, len(s), cap(s))
	t := make([]int, 0, 5)
	fmt.Println(t, len(t), cap(t))
	for i := 0; i < 12; i++ {
		t = append(t, i)
		fmt.Println(len(t), cap(t))
	}
	var names []string
	for _, n := range []string{"ann", "bob", "cy", "dee", "eve"} {
		names = append(names, n)
		fmt.Println(names, cap(names))
	}
	var pts []point
	for i := 0; i < 5; i++ {
		pts = append(pts, point{i, i * i})
	}
	fmt.Println(pts, len(pts), cap(pts))
	words := make([]string, 2, 10)
	words[0] = "hello"
	words[1] = "world"
	fmt.Println(words, len(words), cap(words))
	m := make(map[string]int, 10)
	m["a"] = 1
	fmt.Println(len(m), m)
	dst := make([]int, 2)
	n := copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	big := append([]int{1, 2}, 3, 4, 5)
	fmt.Println(big, cap(big))
	u := s[:1]
	u = append(u, 42)
	fmt.Println(s, u, cap(u))
}
