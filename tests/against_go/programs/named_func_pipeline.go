package main

import (
	"fmt"
	"sync"
)

type Stage func(int) int

type Pipeline []Stage

func (p Pipeline) Run(x int) int {
	for _, stage := range p {
		x = stage(x)
	}
	return x
}

func (p *Pipeline) Add(s Stage) {
	*p = append(*p, s)
}

func double(x int) int { return x * 2 }

func main() {
	var p Pipeline
	p.Add(double)
	p.Add(func(x int) int { return x + 3 })
	p = append(p, Stage(func(x int) int { return x * x }))
	fmt.Println(len(p))
	results := make([]int, 5)
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = p.Run(i)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Printf("%T %v\n", p[0], p[1](10))
	fns := []Stage(p)
	fmt.Println(len(fns), fns[2](4))
}
