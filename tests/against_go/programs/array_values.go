// Arrays are values
// An array copies on assignment and as an argument; a ring buffer keeps its readings in one.
package main

import "fmt"

type Ring struct {
	buf   [4]int
	start int
	size  int
}

func (r *Ring) Push(v int) {
	if r.size == len(r.buf) {
		r.buf[r.start] = v
		r.start = (r.start + 1) % len(r.buf)
		return
	}
	r.buf[(r.start+r.size)%len(r.buf)] = v
	r.size++
}

func (r *Ring) Items() []int {
	out := []int{}
	for i := 0; i < r.size; i++ {
		out = append(out, r.buf[(r.start+i)%len(r.buf)])
	}
	return out
}

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func main() {
	var a [5]int
	fmt.Println(a, len(a))
	b := [...]string{"x", "y", "z"}
	c := b
	c[0] = "changed"
	fmt.Println(b, c, b == c, len(b))
	d := [3]int{1, 2, 3}
	e := double(d)
	fmt.Println(d, e)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	grid[1][2] = 60
	row := grid[0]
	row[0] = 100
	fmt.Println(grid, row)
	r := &Ring{}
	for i := 1; i <= 6; i++ {
		r.Push(i)
		fmt.Println(r.Items(), r.buf)
	}
	s := d[:]
	s[0] = 99
	fmt.Println(d, s, cap(s))
	keyed := [5]int{1: 10, 3: 30}
	fmt.Println(keyed)
	for i, v := range b {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	var total int
	for _, v := range grid {
		for _, x := range v {
			total += x
		}
	}
	fmt.Println(total)
	fmt.Printf("%v %d\n", d, d)
	i := 5
	fmt.Println(a[i%5], d[i])
}
