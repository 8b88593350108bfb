// A ring buffer on an array
// A fixed array holds the last few readings; a copy of the array is its own, and an index
// past the end panics.
package main

import "fmt"

type ring struct {
	buf  [4]int
	next int
	full bool
}

func (r *ring) add(v int) {
	r.buf[r.next] = v
	r.next = (r.next + 1) % len(r.buf)
	if r.next == 0 {
		r.full = true
	}
}

func main() {
	var r ring
	for i := 1; i <= 6; i++ {
		r.add(i * 10)
		fmt.Println(r.buf, r.next, r.full)
	}
	days := [...]string{"mon", "tue", "wed"}
	fmt.Println(len(days), days)
	copyOf := days
	copyOf[0] = "MON"
	fmt.Println(days, copyOf)
	grid := [3]int{1: 5}
	grid[2]++
	grid[0] += 7
	for i, v := range grid {
		fmt.Println(i, v)
	}
	fmt.Printf("%v %d\n", grid, grid)
	fmt.Println(grid == [3]int{7, 5, 1})
	part := days[1:]
	part[0] = "TUE"
	fmt.Println(days, part, len(part), cap(part))
	i := 3
	fmt.Println(grid[i])
}
