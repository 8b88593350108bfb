package main

import "fmt"

type Celsius float64

type Reading struct {
	City string
	Temp Celsius
}

type Readings []Reading

func (r Readings) Max() Reading {
	best := r[0]
	for _, x := range r[1:] {
		if x.Temp > best.Temp {
			best = x
		}
	}
	return best
}

func main() {
	type op func(int, int) int
	ops := map[string]op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul"} {
		fmt.Println(name, ops[name](6, 7))
	}
	type pair [2]string
	p := pair{"a", "b"}
	q := p
	q[0] = "z"
	fmt.Println(p, q, p == q)
	rs := Readings{{"Oslo", -2}, {"Rome", 19.5}, {"Lima", 18}}
	fmt.Println(rs.Max(), len(rs))
	fmt.Printf("%v %T %T\n", rs[1:], rs, ops)
	var grid [2]Readings
	grid[0] = append(grid[0], rs[0])
	fmt.Println(len(grid[0]), len(grid[1]))
}
