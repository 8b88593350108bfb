// %T and %#v name a struct type written in place as Go's run time does: the file's own
// types in it as main's, nested ones inside, an embedded Mutex locked through it.
package main

import (
	"fmt"
	"sync"
)

type point struct{ x, y int }

func main() {
	a := struct {
		p    point
		tags []string
		v    any
	}{p: point{1, 2}}
	fmt.Printf("%T\n%v\n%#v\n", a, a, a)
	b := []struct {
		in struct{ p point }
		n  int
	}{{n: 1}}
	fmt.Printf("%T\n%#v\n", b, b)
	var c struct {
		sync.Mutex
		n int
	}
	c.Lock()
	c.n++
	c.Unlock()
	fmt.Println(c.n)
	fmt.Printf("%T\n", &a)
}

type poly struct {
	pts  []point
	byID map[int]point
}

func init() {
	fmt.Printf("%#v\n", poly{pts: []point{{1, 2}}, byID: map[int]point{7: {3, 4}}})
}
