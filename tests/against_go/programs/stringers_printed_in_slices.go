package main

import (
	"errors"
	"fmt"
	"time"
)

type state int

const (
	idle state = iota
	busy
	done
)

func (s state) String() string { return [...]string{"idle", "busy", "done"}[s] }

type history []state

type node struct{ id int }

func (n *node) String() string { return fmt.Sprintf("n%d", n.id) }

// Slices and arrays of a type with String (or Error) printed whole: each element by its
// method, as Go's fmt prints them, but for %d, which prints the numbers.
func main() {
	states := []state{busy, idle, done}
	fmt.Println(states)
	fmt.Printf("%v %s %d %q\n", states, states, states, states)
	arr := [2]state{done, busy}
	fmt.Println(arr, len(arr))
	h := history{idle, done}
	fmt.Println(h, fmt.Sprint(h))
	nodes := []*node{{1}, {2}}
	fmt.Println(nodes)
	errs := []error{errors.New("a"), nil}
	fmt.Println(errs)
	var empty []state
	fmt.Println(empty, []state{})
	fmt.Printf("%T %T\n", states, arr)
	fmt.Println([]time.Month{time.May, time.June}, [2]time.Weekday{time.Monday, 3})
}
