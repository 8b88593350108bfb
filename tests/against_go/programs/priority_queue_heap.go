package main

import (
	"container/heap"
	"fmt"
	"strings"
	"sync"
)

// A min-heap of ints: the smallest comes out first.
type minInts []int

func (m minInts) Len() int           { return len(m) }
func (m minInts) Less(i, j int) bool { return m[i] < m[j] }
func (m minInts) Swap(i, j int)      { m[i], m[j] = m[j], m[i] }
func (m *minInts) Push(x any)        { *m = append(*m, x.(int)) }
func (m *minInts) Pop() any {
	old := *m
	last := old[len(old)-1]
	*m = old[:len(old)-1]
	return last
}

// A job queue ordered by priority, highest first, whose jobs know their place.
type job struct {
	name     string
	priority int
	at       int
}

type jobQueue []*job

func (q jobQueue) Len() int { return len(q) }
func (q jobQueue) Less(i, j int) bool {
	return q[i].priority > q[j].priority
}
func (q jobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].at = i
	q[j].at = j
}
func (q *jobQueue) Push(x any) {
	j := x.(*job)
	j.at = len(*q)
	*q = append(*q, j)
}
func (q *jobQueue) Pop() any {
	old := *q
	j := old[len(old)-1]
	old[len(old)-1] = nil
	j.at = -1
	*q = old[:len(old)-1]
	return j
}

// One goroutine owns the queue: others submit jobs over a channel, and once all are in it
// hands them out, most urgent first.
func dispatch(submit <-chan *job, run chan<- string) {
	var q jobQueue
	for j := range submit {
		heap.Push(&q, j)
	}
	for q.Len() > 0 {
		run <- heap.Pop(&q).(*job).name
	}
	close(run)
}

func main() {
	submit := make(chan *job)
	run := make(chan string)
	go dispatch(submit, run)
	var wg sync.WaitGroup
	for i, name := range []string{"lint", "test", "build", "ship"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			submit <- &job{name: name, priority: (i*7 + 3) % 5}
		}()
	}
	wg.Wait()
	close(submit)
	for name := range run {
		fmt.Print(name, " ")
	}
	fmt.Println()

	h := &minInts{9, 4, 7, 1}
	heap.Init(h)
	fmt.Println("after Init:", *h)
	heap.Push(h, 3)
	heap.Push(h, 0)
	fmt.Println("after Push:", *h, "min", (*h)[0])
	var out []string
	for h.Len() > 0 {
		out = append(out, fmt.Sprint(heap.Pop(h)))
	}
	fmt.Println("popped:", strings.Join(out, " "))

	jobs := map[string]int{"backup": 2, "deploy": 5, "email": 1, "report": 3}
	q := make(jobQueue, 0)
	for _, name := range []string{"backup", "deploy", "email", "report"} {
		heap.Push(&q, &job{name: name, priority: jobs[name]})
	}
	urgent := q[len(q)-1]
	urgent.priority = 9
	heap.Fix(&q, urgent.at)
	gone := heap.Remove(&q, 2).(*job)
	fmt.Println("removed", gone.name, gone.at)
	for q.Len() > 0 {
		j := heap.Pop(&q).(*job)
		fmt.Printf("%-7s %d\n", j.name, j.priority)
	}
}
