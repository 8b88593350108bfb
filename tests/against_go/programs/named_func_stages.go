package main

import "fmt"

type Stage func(<-chan int) <-chan int

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func mapStage(f func(int) int) Stage {
	return func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			for n := range in {
				out <- f(n)
			}
			close(out)
		}()
		return out
	}
}

type Handler func(int) int

func chain(hs ...Handler) Handler {
	return func(x int) int {
		for _, h := range hs {
			x = h(x)
		}
		return x
	}
}

func main() {
	stages := []Stage{
		mapStage(func(n int) int { return n * n }),
		mapStage(func(n int) int { return n + 1 }),
	}
	var c <-chan int = gen(1, 2, 3, 4)
	for _, s := range stages {
		c = s(c)
	}
	for v := range c {
		fmt.Println(v)
	}
	inc := Handler(func(x int) int { return x + 1 })
	h := chain(inc, inc, func(x int) int { return x * 10 })
	fmt.Println(h(1))
	handlers := map[string]Handler{"inc": inc, "all": h}
	fmt.Println(handlers["all"](2), len(handlers))
	fmt.Printf("%T %T\n", h, stages)
}
