// A scheduler's jobs carry their timeouts. fmt prints a duration through its String method
// only where it may call it: in an exported field; in an unexported one (or anything inside
// one) it prints the nanoseconds.
package main

import (
	"fmt"
	"sync"
	"time"
)

type limits struct {
	Soft time.Duration
	hard time.Duration
}

type job struct {
	name    string
	timeout time.Duration
	Wait    time.Duration
	lim     limits
	Lim     limits
}

func main() {
	jobs := []job{
		{
			name:    "backup",
			timeout: 2 * time.Second,
			Wait:    50 * time.Millisecond,
			lim:     limits{Soft: time.Second, hard: time.Minute},
			Lim:     limits{Soft: 3 * time.Second, hard: time.Hour},
		},
		{
			name:    "report",
			timeout: 1500 * time.Microsecond,
			Lim:     limits{Soft: time.Millisecond, hard: 2 * time.Millisecond},
		},
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	lines := make([]string, len(jobs))
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			text := fmt.Sprintf("%v | %+v", j, j)
			mu.Lock()
			lines[i] = text
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, l := range lines {
		fmt.Println(l)
	}
	first := &jobs[0]
	fmt.Println(first)
	fmt.Println(jobs[1].timeout, jobs[1].lim.hard, jobs[0].Lim)
	tick := struct {
		every time.Duration
		Next  time.Duration
	}{every: time.Second, Next: 2 * time.Second}
	fmt.Println(tick)
	fmt.Printf("%v %+v\n", tick, tick)
}
