package main

import (
	"errors"
	"fmt"
)

// First gives the first element, or an error for an empty slice: two results, one typed by T.
func First[T any](xs []T) (T, error) {
	var zero T
	if len(xs) == 0 {
		return zero, errors.New("empty slice")
	}
	return xs[0], nil
}

func Apply[T any](f func() T) T {
	return f()
}

type Num interface {
	~int | ~float64
}

func Double[T Num](x T) T {
	return x * 2
}

func main() {
	_, err := First([]int{})
	fmt.Println("error:", err)
	name, err := First([]string{"ada", "grace"})
	fmt.Println(name, err)
	n := Apply(func() int { return 4 })
	defer fmt.Println("deferred", Double(n))
	fmt.Println(n, Double(2.5), Double[int](3))
	steps := []func(int) int{Double[int], func(x int) int { return x + 1 }}
	for _, step := range steps {
		n = step(n)
	}
	fmt.Println("after the steps:", n)
}
