package main

// A pointer to a slice's element points into the backing array: every slice that shares
// the array sees what is written through it, until an append moves the slice to a new one.
// Arrays' elements too; and a pointer to a pointer changes which variable the first points at.

import "fmt"

type tally struct {
	name  string
	votes []int
}

func vote(p *int) { *p++ }

func retarget(pp **int, to *int) { *pp = to }

func main() {
	words := []string{"go", "rust", "zig"}
	second := &words[1]
	*second = "RUST"
	tail := words[1:]
	fmt.Println(words, tail, *second, second == &tail[0], second == &words[2])

	var grid [3]int
	for i := range 5 {
		vote(&grid[i%3])
	}
	first := &grid[0]
	*first *= 10
	fmt.Println(grid)

	t := tally{name: "poll", votes: make([]int, 2, 3)}
	head := &t.votes[0]
	t.votes = append(t.votes, 1) // room left: the same backing array
	*head = 7
	fmt.Println(t.votes, *head)
	t.votes = append(t.votes, 2, 3) // full: copied to a new one
	*head = 99
	fmt.Println(t.votes, *head)

	a, b := 1, 2
	p := &a
	pp := &p
	**pp = 10
	retarget(pp, &b)
	*p += 5
	fmt.Println(a, b, *p, **pp, p == &b)

	defer func() { fmt.Println("recovered:", recover()) }()
	i := len(words)
	_ = &words[i]
}
