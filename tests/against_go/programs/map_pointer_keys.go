// A graph walked with a visited set keyed by node pointers: two nodes with the same fields
// are two keys, a copy of a node is another key, and a nil pointer is a key of its own.
package main

import "fmt"

type Node struct {
	name  string
	edges []*Node
}

func visit(n *Node, seen map[*Node]bool, order *[]string) {
	if seen[n] {
		return
	}
	seen[n] = true
	*order = append(*order, n.name)
	for _, e := range n.edges {
		visit(e, seen, order)
	}
}

func main() {
	a, b, c := &Node{name: "a"}, &Node{name: "b"}, &Node{name: "c"}
	twin := &Node{name: "a"}
	a.edges = []*Node{b, c}
	b.edges = []*Node{c, a}
	c.edges = []*Node{a}

	seen := map[*Node]bool{}
	var order []string
	visit(a, seen, &order)
	fmt.Println(order, len(seen), seen[b], seen[twin])

	copied := *a
	fmt.Println("a copy is another key:", seen[&copied])
	delete(seen, b)
	fmt.Println(len(seen), seen[b])

	visits := map[*Node]int{a: 1}
	visits[a]++
	visits[c] += 5
	var none *Node
	visits[none] = 7
	total := 0
	for n, v := range visits {
		if n != nil {
			total += v
		}
	}
	fmt.Println(visits[a], visits[c], visits[twin], visits[nil], len(visits), total)
}
