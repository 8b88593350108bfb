// Values printed in Go's own syntax with %#v beside %v and %+v: numbers, strings, slices
// (nil or empty), maps in key order, structs declared or written in place, a pointer to one.
package main

import "fmt"

type point struct{ x, y int }

type shape struct {
	name   string
	corner point
	sides  []int
	tags   map[string]bool
	scale  float64
}

func main() {
	p := point{1, 2}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%#v\n", &p)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "hi \"there\"", true, 1.5)
	fmt.Printf("%#v %#v\n", 2.0, 1e21)
	fmt.Printf("%#v %#v\n", []int{1, 2, 3}, []string{"a", "b"})
	var none []int
	fmt.Printf("%#v %#v\n", none, []int{})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	var nm map[string]int
	fmt.Printf("%#v\n", nm)
	s := shape{name: "sq", corner: point{0, 1}, sides: []int{4}, scale: 0.5}
	fmt.Printf("%#v\n", s)
	fmt.Printf("%#v\n", []point{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", map[string]point{"o": {}})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v %#v\n", 'x', []byte("hi"))
	fmt.Printf("%#v\n", []any{1, "a", nil, point{}})
	var e any
	fmt.Printf("%#v|%6v|%-4v|\n", e, 42, "ab")
	cfg := struct {
		workers int
		name    string
	}{3, "w"}
	fmt.Printf("%#v\n", cfg)
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#v %d\n", []string{}, 3)
	s2 := fmt.Sprintf("%#v", [][]int{{1}, nil})
	fmt.Println(s2, len(s2))
	var pp *point
	fmt.Printf("%#v\n", pp)
}
