package main

import (
	"cmp"
	"fmt"
)

// A constraint is an interface: a union of terms, `~` taking in declared types too.
type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

type Meters int

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Largest[T cmp.Ordered](xs []T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best
}

func Clamp[T ~int | ~float64](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func Scale[T Number](x T, by int) T {
	return x * T(by)
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[float64](1, 2))
	temps := []Celsius{21.5, 19, 23.5}
	fmt.Println(Sum(temps...), Average(temps))
	fmt.Printf("%T %v\n", Sum(temps...), Largest(temps))
	steps := []Meters{120, 80, 200}
	fmt.Printf("%T %d %.1f\n", Sum(steps...), Largest(steps), Average(steps))
	fmt.Println(Largest([]string{"pear", "apple", "quince"}), Largest([]int64{-3, -1, -2}))
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp[Meters](50, 0, 100))
	fmt.Println(Scale(Celsius(1.5), 4), Scale(3, 3))
	fmt.Println(Sum[int](), Average([]int{}))
}
