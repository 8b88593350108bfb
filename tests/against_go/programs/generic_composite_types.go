// Generic types that are not structs: a typed inbox channel with a drain method, a set
// of comparable keys, a pipeline of stages, and a worker function type whose type
// arguments Go infers from the function literal passed for it.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

type inbox[T any] chan T

func (in inbox[T]) drain() []T {
	var got []T
	for v := range in {
		got = append(got, v)
	}
	return got
}

type done chan struct{}

type set[K comparable] map[K]struct{}

func (s set[K]) add(k K) bool {
	if _, seen := s[k]; seen {
		return false
	}
	s[k] = struct{}{}
	return true
}

type stage[T any] func(T) T

type pipeline[T any] []stage[T]

func (p pipeline[T]) run(v T) T {
	for _, s := range p {
		v = s(v)
	}
	return v
}

type workFn[In, Out any] func(In) Out

func fanOut[In, Out any](inputs []In, work workFn[In, Out]) []Out {
	out := make([]Out, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Go(func() {
			out[i] = work(in)
		})
	}
	wg.Wait()
	return out
}

func main() {
	words := make(inbox[string], 4)
	for _, w := range []string{"go", "chan", "go", "select"} {
		words <- w
	}
	close(words)
	got := words.drain()
	seen := set[string]{}
	var fresh []string
	for _, w := range got {
		if seen.add(w) {
			fresh = append(fresh, w)
		}
	}
	fmt.Println(got, fresh, len(seen))

	shout := pipeline[string]{strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" }}
	fmt.Println(shout.run("  hello  "))

	lengths := fanOut(fresh, func(s string) int { return len(s) })
	fmt.Println(lengths, slices.Max(lengths))
	fmt.Printf("%T %T %v %v\n", seen, shout, inbox[int](nil) == nil, done(nil) == nil)
}
