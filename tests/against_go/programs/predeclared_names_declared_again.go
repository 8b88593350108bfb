package main

import "fmt"

// Go's predeclared names are names like any other: a file may declare them again, and in
// that scope they are its own (a bad idea in a class, and still valid Go).
func main() {
	var true = false
	fmt.Println(true, !true)
	nil := 3
	fmt.Println(nil + 1)
	{
		iota := "counter"
		fmt.Println(iota)
	}
	const (
		a = iota
		b
	)
	fmt.Println(a, b)
}
