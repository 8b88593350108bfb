package main

import (
	"fmt"
	"sort"
	"strings"
)

// Constraints declared once with type parameters of their own, and functions that make
// values of the type they are given (make(S, n), make(M, n), make(C, n)).

type listOf[E any] interface {
	~[]E
}

type tableOf[K comparable, V any] interface {
	~map[K]V
}

type sameAs[T any] interface {
	equal(other T) bool
}

type label string

func (l label) equal(other label) bool { return strings.EqualFold(string(l), string(other)) }

type shelf struct{ name string }

func (s shelf) equal(other shelf) bool { return s.name == other.name }

type scores []int

type stock map[string]int

type tickets chan int

func mapped[S listOf[E], E any](in S, f func(E) E) S {
	out := make(S, len(in), len(in)+1)
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

func restocked[M tableOf[K, V], K comparable, V any](m M, extra K, v V) M {
	out := make(M, len(m)+1)
	for k, x := range m {
		out[k] = x
	}
	out[extra] = v
	return out
}

func position[T sameAs[T]](xs []T, x T) int {
	for i, v := range xs {
		if v.equal(x) {
			return i
		}
	}
	return -1
}

func issued[C ~chan E, E any](xs ...E) C {
	c := make(C, len(xs))
	for _, x := range xs {
		c <- x
	}
	close(c)
	return c
}

func main() {
	s := mapped(scores{3, 5, 8}, func(v int) int { return v * 10 })
	fmt.Printf("%T %v %d %d\n", s, s, len(s), cap(s))

	st := restocked(stock{"pens": 4}, "ink", 2)
	names := make([]string, 0, len(st))
	for k := range st {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Printf("%T %v %d\n", st, names, st["ink"])

	fmt.Println(position([]label{"Go", "Rust"}, "rust"), position([]shelf{{"a"}, {"b"}}, shelf{"c"}))

	total := 0
	for t := range issued[tickets](7, 8, 9) {
		total += t
	}
	fmt.Println("tickets add up to", total)
}
