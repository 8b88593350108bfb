package main

import "fmt"

// A declared boolean type is a boolean: negated, a condition of if and for, a field.
type flag bool

type switches struct{ on flag }

func main() {
	f := flag(false)
	if !f && f == false {
		fmt.Println("off")
	}
	for f2 := flag(true); f2; f2 = !f2 {
		fmt.Println("once")
	}
	s := switches{on: true}
	if s.on || f {
		fmt.Printf("%v %T %v\n", s.on, s.on, !s.on)
	}
}
