package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// What recover hands back, by kind: run-time errors are errors (and runtime.Error), a
// panic's own value keeps its type, and an error panicked with stays that error.
func caught(label string, risky func()) {
	defer func() {
		r := recover()
		_, isError := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%-8s %-28T error=%-5v runtime=%-5v %v\n", label, r, isError, isRuntime, r)
	}()
	risky()
}

var errClosed = errors.New("store closed")

// A worker turns its panic into an error for the caller, as servers do per request.
func safely(job func() int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case runtime.Error:
				err = fmt.Errorf("job crashed: %w", v)
			case error:
				err = v
			default:
				err = fmt.Errorf("job panicked: %v", v)
			}
		}
	}()
	return job(), nil
}

func main() {
	var (
		counts map[string]int
		items  []int
		done       = make(chan struct{})
		boxed  any = 2.5
	)
	close(done)
	none := 0
	caught("index", func() { _ = items[none+2] })
	caught("divide", func() { fmt.Println(10 / none) })
	caught("nil map", func() { counts["x"]++ })
	caught("closed", func() { close(done) })
	caught("assert", func() { _ = boxed.(string) })
	caught("text", func() { panic("out of cheese") })
	caught("number", func() { panic(404) })
	caught("error", func() { panic(errClosed) })
	caught("nothing", func() {})

	jobs := []func() int{
		func() int { return 7 },
		func() int { return items[none+5] },
		func() int { panic(errClosed) },
		func() int { panic("bad input") },
	}
	results := make([]string, len(jobs))
	var wg sync.WaitGroup
	for i, job := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := safely(job)
			results[i] = fmt.Sprint(n, " ", err, " ", errors.Is(err, errClosed))
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
