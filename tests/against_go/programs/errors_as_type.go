// errors.AsType (Go 1.26): workers send their errors on a channel, and main tells them apart
// by type through any wrapping, beside errors.As.
package main

import (
	"errors"
	"fmt"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

type timeoutError struct{ after int }

func (t timeoutError) Error() string { return fmt.Sprintf("timed out after %dms", t.after) }

type temporary interface {
	error
	Temporary() bool
}

type busyError struct{ worker int }

func (b *busyError) Error() string   { return fmt.Sprintf("worker %d busy", b.worker) }
func (b *busyError) Temporary() bool { return true }

func work(id int) error {
	switch id {
	case 0:
		return nil
	case 1:
		return &argError{id, "can't work with it"}
	case 2:
		return fmt.Errorf("job %d: %w", id, timeoutError{after: 50 * id})
	case 3:
		return fmt.Errorf("retry: %w", &busyError{worker: id})
	}
	return errors.New("plain failure")
}

type result struct {
	id  int
	err error
}

func main() {
	results := make(chan result)
	for id := 0; id < 5; id++ {
		go func() { results <- result{id, work(id)} }()
	}
	errs := make([]error, 5)
	for range 5 {
		r := <-results
		errs[r.id] = r.err
	}
	for id, err := range errs {
		if ae, ok := errors.AsType[*argError](err); ok {
			fmt.Println(id, "argError:", ae.arg, ae.message)
		} else if te, ok := errors.AsType[timeoutError](err); ok {
			fmt.Println(id, "timeout:", te.after, "in", err)
		} else if t, ok := errors.AsType[temporary](err); ok {
			fmt.Println(id, "temporary:", t.Temporary(), t)
		} else {
			fmt.Println(id, "other:", err)
		}
	}
	ae, ok := errors.AsType[*argError](nil)
	fmt.Println(ae == nil, ok)
	var target *argError
	fmt.Println(errors.As(work(1), &target), target.arg)
	b, ok := errors.AsType[*busyError](work(3))
	fmt.Println(b.worker, ok)
}
