package main

import "fmt"

type Color int

func (c Color) String() string { return fmt.Sprint("color", int(c)) }

type Plain string

func main() {
	fmt.Print(Color(1), 1, Plain("p"), 2, "\n")
	var xs []any = []any{Color(2), 3, Plain("q"), 4, "s", 5}
	fmt.Print(xs...)
	fmt.Print("\n")
}
