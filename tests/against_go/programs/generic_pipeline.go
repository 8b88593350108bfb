package main

import (
	"fmt"
	"strings"
)

// Map, Filter and Reduce: one body each, instantiated for every element type used.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, start A, f func(A, T) A) A {
	acc := start
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Contains[T comparable](xs []T, want T) bool {
	for _, x := range xs {
		if x == want {
			return true
		}
	}
	return false
}

func Count[K comparable, V any](m map[K]V, pred func(K, V) bool) int {
	n := 0
	for k, v := range m {
		if pred(k, v) {
			n++
		}
	}
	return n
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	scores := []int{72, 95, 41, 88, 63}
	passed := Filter(scores, func(s int) bool { return s >= 60 })
	fmt.Println("passed:", passed, len(passed))

	grades := Map(passed, func(s int) string {
		if s >= 90 {
			return "A"
		}
		return "B"
	})
	fmt.Printf("%v %T %q\n", grades, grades, strings.Join(grades, ""))

	total := Reduce(scores, 0, func(acc, s int) int { return acc + s })
	mean := Reduce(scores, 0.0, func(acc float64, s int) float64 { return acc + float64(s)/5 })
	fmt.Println("total:", total, "mean:", mean)

	lengths := Map[string, int]([]string{"go", "rust", "c"}, func(s string) int { return len(s) })
	fmt.Println(lengths, Contains(lengths, 4), Contains([]string{"x"}, "y"))

	stock := map[string]int{"apples": 3, "pears": 0, "plums": 7}
	inStock := Count(stock, func(_ string, n int) bool { return n > 0 })
	fmt.Println("in stock:", inStock)

	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[bool]())
	isLong := Contains[string]
	fmt.Println(isLong([]string{"a", "bb"}, "bb"))
}
