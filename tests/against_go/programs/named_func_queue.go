package main

import (
	"fmt"
	"sync"
)

type Job func() string

type Queue []Job

type Greeter interface {
	Greet(name string) string
}

type GreetFunc func(string) string

func (g GreetFunc) Greet(name string) string { return g(name) }

func (q Queue) RunAll() []string {
	out := make([]string, len(q))
	var wg sync.WaitGroup
	for i, job := range q {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = job()
		}()
	}
	wg.Wait()
	return out
}

func Sum[T int | float64](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

type Scores []int

func main() {
	q := Queue{
		func() string { return "one" },
		func() string { return "two" },
	}
	q = append(q, Job(func() string { return "three" }))
	fmt.Println(q.RunAll())
	var g Greeter = GreetFunc(func(n string) string { return "hi " + n })
	greet := g.Greet
	fmt.Println(greet("ann"))
	gf := GreetFunc(func(n string) string { return "yo " + n })
	m := gf.Greet
	fmt.Println(m("bo"), gf("cy"))
	done := make(chan bool)
	var ping Job = func() string { return "ping" }
	go func(j Job) {
		fmt.Println(j())
		done <- true
	}(ping)
	<-done
	sc := Scores{3, 4, 5}
	fmt.Println(Sum(sc), Sum([]int(sc)))
	if _, ok := g.(GreetFunc); ok {
		fmt.Println("a GreetFunc")
	}
	fmt.Printf("%T %T %v\n", g, q[0], len(q))
}
