package main

import "fmt"

// `for i := range n` of every integer type: i is of n's type, an untyped rune constant's
// being int32.
type level int

func main() {
	for i := range int64(2) {
		fmt.Printf("%T %v ", i, i)
	}
	var u uint8 = 3
	for j := range u {
		fmt.Printf("%T %v ", j, j)
	}
	var w uint = 2
	for k := range w {
		fmt.Printf("%T %v ", k, k)
	}
	for r := range 'c' - 'a' {
		fmt.Printf("%T %v ", r, r)
	}
	var n int32 = 2
	for m := range n {
		fmt.Printf("%T %v ", m, m)
	}
	for l := range level(2) {
		fmt.Printf("%T %v ", l, l)
	}
	fmt.Println()
}
