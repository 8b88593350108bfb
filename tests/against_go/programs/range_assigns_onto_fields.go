package main

import "fmt"

type cursor struct {
	at int
}

func main() {
	var c cursor
	for c.at = range []string{"a", "b"} {
	}
	fmt.Println(c.at)
}

func init() {
	counts := map[string]int{}
	words := []string{"x", "y"}
	var pos [1]int
	last := make([]string, 1)
	for counts["n"] = range 3 {
	}
	for pos[0], last[0] = range words {
	}
	p := &cursor{}
	for p.at = range "héllo" {
	}
	fmt.Println(counts, pos, last, p.at)
}
