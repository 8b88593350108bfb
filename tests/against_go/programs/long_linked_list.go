package main

import "fmt"

// A singly linked list of a hundred thousand nodes, built, walked and let go: the nodes are
// freed when nothing points to the head any more, every one of them, without running out of
// stack on the way.

type node struct {
	value int
	next  *node
}

type list struct {
	head *node
	size int
}

func (l *list) push(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *list) sum() int {
	total := 0
	for n := l.head; n != nil; n = n.next {
		total += n.value
	}
	return total
}

func main() {
	l := &list{}
	for i := 1; i <= 100000; i++ {
		l.push(i)
	}
	fmt.Println(l.size, l.sum())
	l.head = nil
	l.push(7)
	fmt.Println(l.size, l.sum())
	l = &list{}
	done := make(chan int)
	go func() {
		mine := &list{}
		for i := 0; i < 50000; i++ {
			mine.push(2)
		}
		done <- mine.sum()
	}()
	fmt.Println(<-done, l.size)
}
