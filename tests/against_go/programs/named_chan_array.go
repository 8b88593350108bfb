package main

import (
	"fmt"
	"sync"
)

type Jobs chan int

type Results chan<- string

func (j Jobs) Submit(n int) { j <- n }

func worker(id int, jobs Jobs, out Results, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := range jobs {
		out <- fmt.Sprintf("worker %d: %d squared is %d", id, n, n*n)
	}
}

type Grid [3][3]int

func (g Grid) Sum() int {
	total := 0
	for _, row := range g {
		for _, v := range row {
			total += v
		}
	}
	return total
}

func (g Grid) With(r, c, v int) Grid {
	g[r][c] = v
	return g
}

func main() {
	jobs := make(Jobs, 5)
	out := make(chan string, 5)
	var wg sync.WaitGroup
	for id := 1; id <= 2; id++ {
		wg.Add(1)
		go worker(id, jobs, out, &wg)
	}
	for n := 1; n <= 5; n++ {
		jobs.Submit(n)
	}
	close(jobs)
	wg.Wait()
	close(out)
	count := 0
	for range out {
		count++
	}
	fmt.Println(count, len(jobs), cap(jobs))
	fmt.Printf("%T\n", jobs)
	var g Grid
	g = g.With(1, 1, 5)
	g[0][2] = 4
	h := g.With(2, 2, 9)
	fmt.Println(g, g.Sum(), h.Sum(), len(g))
	fmt.Printf("%v %T\n", h[2], g)
}
