// Nil values of declared slice and function types
// A handler table whose entries may be missing, and a list that starts nil and grows:
// a declared type made of a slice or a func is nil until something is put in it.
package main

import "fmt"

type Handler func(int) int

type Readings []int

func (r Readings) Total() int {
	sum := 0
	for _, v := range r {
		sum += v
	}
	return sum
}

func main() {
	var got Readings
	fmt.Println(got == nil, len(got), got, got.Total())
	for i := 1; i <= 3; i++ {
		got = append(got, i*10)
	}
	fmt.Println(got == nil, got, got.Total())
	got = nil
	fmt.Println(got == nil, len(got))

	var onDone Handler
	fmt.Println("handler set:", onDone != nil)
	onDone = func(x int) int { return x + 1 }
	if onDone != nil {
		fmt.Println("handler gives", onDone(41))
	}
	table := map[string]Handler{"double": func(x int) int { return 2 * x }}
	for _, name := range []string{"double", "missing"} {
		h := table[name]
		fmt.Println(name, h == nil)
	}
}
