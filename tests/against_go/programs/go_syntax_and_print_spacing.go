package main

import (
	"errors"
	"fmt"
	"time"
)

// %#v of pointers to structs, runes, durations, float32s and declared types; and where
// fmt.Print puts spaces (between operands neither of which is a string: an error is not).
type job struct {
	ID   int
	Tags []rune
	Wait time.Duration
}

type level int

type label string

type queue []int

func main() {
	j := &job{ID: 7, Tags: []rune("ok"), Wait: 1500 * time.Millisecond}
	fmt.Printf("%#v\n", j)
	fmt.Printf("%#v %#v %#v\n", []rune("hé"), 2*time.Second, float32(2.5))
	fmt.Printf("%#v %#v %#v\n", level(3), label("x"), queue{1, 2})
	fmt.Printf("%#v\n", []*job{j}[0].Tags)

	err := errors.New("boom")
	fmt.Print(err, err, "\n")
	fmt.Print(level(1), level(2), label("a"), label("b"), 3, "\n")
	fmt.Println(fmt.Sprint(err, 1), fmt.Sprint(1, 2, "x", 3))
}
