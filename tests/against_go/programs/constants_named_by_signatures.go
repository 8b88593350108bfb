// Constants named by signatures and types declared above or below them: an array parameter
// of a package constant's length, a grid type of two, a typed constant of the file's own type.
package main

import (
	"fmt"
	"time"
)

const size = 3

type grid [rows][cols]int

func fill(a [size]int, g grid) (int, int) {
	total := 0
	for _, v := range a {
		total += v
	}
	return total, len(g) * len(g[0])
}

const (
	rows, cols = 2, size + 1
	tick       = 50 * time.Millisecond
	label      = "cells"
)

type level int

const (
	low level = iota
	high
)

const top = int(high) + size

func main() {
	sum, cells := fill([size]int{1, 2, 3}, grid{})
	fmt.Println(sum, cells, label, tick, low, high, top)
}
