// Structs compare field by field: two anonymous struct types written alike are one type,
// a named struct's nested struct and pointer fields count, and a changed field tells.
package main

import "fmt"

type point struct{ x, y int }

type marker struct {
	at    point
	label string
	owner *point
}

func main() {
	a := struct{ X, Y int }{1, 2}
	b := struct {
		X int
		Y int
	}{1, 2}
	fmt.Println(a == b, a != b)
	b.Y = 3
	fmt.Println(a == b, a != b)

	p, q := point{1, 2}, point{1, 2}
	fmt.Println(p == q, p == point{2, 1}, p != point{x: 1, y: 2})

	home := &p
	m1 := marker{p, "home", home}
	m2 := marker{q, "home", home}
	fmt.Println(m1 == m2)
	m2.owner = &q
	fmt.Println(m1 == m2, *m1.owner == *m2.owner)

	done := make(chan struct{ id, n int }, 1)
	go func() { done <- struct{ id, n int }{1, 10} }()
	got := <-done
	fmt.Println(got == struct{ id, n int }{1, 10}, got)
}
