package main

import "fmt"

type P struct{ X int }

func main() {
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.X = 9
	}
	ps[0].X = 5
	m := map[string]P{"a": {3}}
	for _, p := range m {
		p.X = 8
	}
	q := m["a"]
	q.X = 7
	fmt.Println(ps, m, q)
}
