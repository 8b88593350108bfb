package main

import (
	"errors"
	"fmt"
	"time"
)

type quotaError struct{ used, limit int }

func (q quotaError) Error() string {
	return fmt.Sprintf("quota exceeded: %d of %d", q.used, q.limit)
}

type job struct {
	ID   int
	Name string
}

type celsius float64

type level int

func (l level) String() string { return [...]string{"low", "mid", "high"}[l] }

// Any value may be panicked with; recover gives it back with its type, and a handler can
// tell an error from the rest.
func try(v any, raise func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("%-18T %-28v error=%v\n", r, r, isErr)
	}()
	raise()
	_ = v
}

func main() {
	try(nil, func() { panic(quotaError{12, 10}) })
	try(nil, func() { panic(job{7, "resize"}) })
	try(nil, func() { panic(&job{8, "crop"}) })
	try(nil, func() { panic(celsius(-3.5)) })
	try(nil, func() { panic(level(2)) })
	try(nil, func() { panic(2.25) })
	try(nil, func() { panic(false) })
	try(nil, func() { panic(1500 * time.Millisecond) })
	try(nil, func() { panic([]string{"a", "b"}) })
	try(nil, func() { panic(errors.Join(errors.New("one"), errors.New("two"))) })

	defer func() {
		if r := recover(); r != nil {
			fmt.Println("giving up:", r)
			panic(r)
		}
	}()
	panic(quotaError{11, 10})
}
