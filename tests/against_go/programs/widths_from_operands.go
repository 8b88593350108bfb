package main

import "fmt"

// Widths and precisions given as operands (`%-*s`, `%.*f`): a table lined up to its longest
// name.
func main() {
	names := []string{"ana", "bartholomew", "cy"}
	width := 0
	for _, n := range names {
		width = max(width, len(n))
	}
	for i, n := range names {
		fmt.Printf("|%-*s|%*d|\n", width, n, 4, i)
	}
	fmt.Printf("%.*f %*.*f|\n", 2, 3.14159, 8, 3, 2.0)
	fmt.Printf("%*d|%-*d|\n", -5, 1, 3, 2)
	fmt.Println(fmt.Sprintf("[%*s]", 6, "go"))
}
