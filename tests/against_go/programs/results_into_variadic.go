package main

import (
	"fmt"
	"strconv"
	"strings"
)

// A call of several results as the only argument of another call: Go passes the results as
// the arguments, and a variadic function takes those past its fixed parameters as its slice.

type tally struct{ name string }

func (t tally) add(label string, counts ...int) string {
	got := 0
	for _, c := range counts {
		got += c
	}
	return fmt.Sprintf("%s/%s: %d from %d", t.name, label, got, len(counts))
}

func split(n int) (int, int) { return n / 3, n % 3 }

func named() (string, int, int, int) { return "three", 1, 2, 3 }

func onlyLabel() (string, int) { return "one", 7 }

func sum(xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func joined(sep string, parts ...string) string { return strings.Join(parts, sep) }

func words() (string, string, string) { return "-", "a", "b" }

func describe(vs ...any) string { return fmt.Sprintf("%d values: %v", len(vs), vs) }

func main() {
	fmt.Println(split(20))
	fmt.Println(sum(split(20)))
	fmt.Println(joined(words()))
	t := tally{"t"}
	fmt.Println(t.add(named()))
	fmt.Println(t.add(onlyLabel()))
	fmt.Println(describe(split(8)))
	fmt.Println(describe(strconv.Atoi("40")))
	fmt.Println(describe(strconv.ParseBool("maybe")))
	each := func(xs ...int) int { return len(xs) }
	fmt.Println(each(split(5)))
}
