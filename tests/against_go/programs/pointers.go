package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func main() {
	var head *Node
	fmt.Println(head == nil)
	for i := 1; i <= 3; i++ {
		head = &Node{val: i, next: head}
	}
	sum := 0
	for n := head; n != nil; n = n.next {
		sum += n.val
	}
	a := head
	fmt.Println(sum, a == head, a == head.next, head != nil)
}

func (n *Node) Show() int { return n.val }
