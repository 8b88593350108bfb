// Slices sharing a backing array
// Windows on one array see each other's stores until an append moves one away; cap shows
// when it does.
package main

import "fmt"

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func capOnly(s []int) int { return cap(s) }

func main() {
	var s []int
	printSlice(s)
	s = append(s, 0)
	printSlice(s)
	s = append(s, 1)
	printSlice(s)
	s = append(s, 2, 3, 4)
	printSlice(s)
	var a []int
	for i := 0; i < 6; i++ {
		a = append(a, i)
		fmt.Print(capOnly(a), " ")
	}
	fmt.Println()
	var c []int
	for i := 0; i < 6; i++ {
		c = append(c, i)
		fmt.Print(len(c), cap(c), c[i], " ")
	}
	fmt.Println()
	d := make([]int, 0)
	d = append(d, 1)
	fmt.Println(cap(d))
	e := []string{}
	e = append(e, "a", "b", "c")
	fmt.Println(cap(e))
	var f []float64
	f = append(f, 1)
	f = append(f, 2)
	fmt.Println(cap(f), f)
	g := make([]int, 5)
	g = append(g, 1)
	fmt.Println(cap(g), g)
	var h []bool
	h = append(h, true)
	fmt.Println(cap(h))
	b := make([]int, 3, 10)
	b1 := append(b, 1)
	b2 := append(b, 2)
	fmt.Println(b1[3], b2[3], len(b), cap(b1))
	x := []int{1, 2, 3, 4, 5}
	y := x[1:3]
	fmt.Println(y, len(y), cap(y))
	y[0] = 20
	y = append(y, 30)
	fmt.Println(x, y)
	z := x[:0]
	for _, v := range x {
		if v%2 == 1 {
			z = append(z, v)
		}
	}
	fmt.Println(z, x)
	n := copy(x, []int{7, 8})
	fmt.Println(n, x)
	x[1], x[2] = x[2], x[1]
	x[0] += 100
	x[4]++
	fmt.Println(x)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	big := []int{}
	for i := 0; i < 2000; i++ {
		big = append(big, i)
		if len(big) == cap(big) {
			fmt.Print(cap(big), " ")
		}
	}
	fmt.Println()
	k := []int{2: 5, 7}
	fmt.Println(k, len(k))
}
