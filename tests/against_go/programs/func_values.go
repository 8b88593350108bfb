package main

// Closures that keep state and return values, function values passed and returned.

import "fmt"

func counter(step int) func() int {
	n := 0
	return func() int {
		n += step
		return n
	}
}

func apply(f func(int) int, x int) int {
	return f(x)
}

func pair() (func() int, func() int) {
	a, b := counter(1), counter(10)
	return a, b
}

func main() {
	next := counter(2)
	fmt.Println(next(), next(), next())
	double := func(x int) int { return x * 2 }
	fmt.Println(apply(double, 21))
	inc, big := pair()
	inc()
	fmt.Println(inc(), big())
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func(k int) { results <- apply(double, k) }(i)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}
