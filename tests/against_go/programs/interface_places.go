package main

import "fmt"

type P struct{ X int }

func (p P) String() string { return fmt.Sprint("P", p.X) }

type Box struct {
	V any
	S fmt.Stringer
}

var g any

func main() {
	m := map[string]any{}
	m["a"] = 1
	m["b"] = P{2}
	b := Box{}
	b.V = "str"
	b.S = P{3}
	var s fmt.Stringer
	s = P{4}
	g = P{5}
	f := func() { g = 6.5 }
	f()
	var x any
	x = 7
	x2 := any(8)
	fmt.Println(m, b, s, g, x, x2)
	fmt.Printf("%T %T %T\n", m["b"], b.S, x2)
	ch := make(chan fmt.Stringer, 1)
	ch <- P{9}
	fmt.Println(<-ch)
	list := []any{1, "a", P{1}, nil}
	list = append(list, 2.5, P{7})
	fmt.Println(list, len(list))
}
