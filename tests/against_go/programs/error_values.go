package main

import (
	"errors"
	"fmt"
	"sync"
)

// Workers fetch pages; a failure is an error of our own type, carrying the page.
type FetchError struct {
	Page int
	Code int
}

func (e *FetchError) Error() string {
	return fmt.Sprintf("page %d: status %d", e.Page, e.Code)
}

type Result struct {
	Page int
	Err  error
}

func fetch(page int) error {
	if page%3 == 0 {
		return &FetchError{Page: page, Code: 500}
	}
	if page == 4 {
		return errors.New("timeout")
	}
	return nil
}

func main() {
	results := make(chan Result)
	var wg sync.WaitGroup
	for p := 1; p <= 6; p++ {
		wg.Add(1)
		go func(page int) {
			defer wg.Done()
			results <- Result{page, fetch(page)}
		}(p)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	failed := 0
	for r := range results {
		if r.Err == nil {
			fmt.Println("page", r.Page, "ok")
			continue
		}
		failed++
		if fe, ok := r.Err.(*FetchError); ok {
			fmt.Println("server error on", fe.Page, "code", fe.Code, "-", fe)
		} else {
			fmt.Println("other error:", r.Err)
		}
	}
	fmt.Println(failed, "failed")
	var err error = &FetchError{7, 404}
	fmt.Printf("%v / %s / %T\n", err, err, err)
	wrapped := fmt.Errorf("retry %d: %w", 2, err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	var x any = "text"
	n := x.(int)
	fmt.Println(n)
}
