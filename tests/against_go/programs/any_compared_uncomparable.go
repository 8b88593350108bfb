// Values in interfaces compared with ==: different dynamic types are simply unequal, but two
// values of one type Go cannot compare (a slice, a map, a func, a struct holding a slice)
// panic at run time, which a careful program recovers from.
package main

import "fmt"

type batch struct {
	ids []int
}

func same(a, b any) (eq bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot compare: %v", r)
		}
	}()
	return a == b, nil
}

func main() {
	pairs := [][2]any{
		{1, 1},
		{"go", "go"},
		{1, "1"},
		{[]int{1}, 1},
		{[]int{1}, []int{1}},
		{map[string]int{}, map[string]int{}},
		{batch{}, batch{}},
		{main, main},
		{[2]string{"a", "b"}, [2]string{"a", "b"}},
	}
	for i, p := range pairs {
		eq, err := same(p[0], p[1])
		fmt.Printf("%d: %T vs %T: %v %v\n", i, p[0], p[1], eq, err)
	}
}
