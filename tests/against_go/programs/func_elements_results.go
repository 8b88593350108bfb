// Functions of two results kept in a slice: called by index, their results assigned,
// assigned again and returned from another function as they are.
package main

import (
	"errors"
	"fmt"
)

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func run(fs []func(string) (int, error), i int) (int, error) {
	return fs[i]("abc")
}

func main() {
	parsers := []func(string) (int, error){parse}
	i := 0
	v, err := parsers[i]("42")
	fmt.Println(v, err)
	v, err = parsers[i]("")
	fmt.Println(v, err)
	n, err := run(parsers, i)
	fmt.Println(n, err)
}
