// `%#v` prints Go syntax for its own operands only: beside them a Stringer, an error and
// a width from an operand print as `%v`, `%s` and `%*d` print them.
package main

import (
	"errors"
	"fmt"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f degrees", float64(c)) }

type reading struct {
	Room  string
	Value float64
}

func main() {
	r := reading{"kitchen", 21.5}
	t := celsius(21.5)
	err := errors.New("sensor offline")
	fmt.Printf("%v: %#v\n", t, r)
	fmt.Printf("%#v failed: %v\n", r.Room, err)
	fmt.Printf("%[2]s then %#[1]v\n", r, t)
	width := 3
	fmt.Printf("%*d|%#v\n", width, 7, []int{1, 2})
	fmt.Printf("100%% %#v %s\n", map[string]int{"a": 1}, err)
}
