package main

import "fmt"

type C float64

func (c C) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func show[T interface{ String() string }](xs []T) {
	for _, x := range xs {
		fmt.Println(x.String())
	}
}

func main() {
	show([]C{1, 2.5})
	var e interface{ error }
	fmt.Println(e == nil)
}
