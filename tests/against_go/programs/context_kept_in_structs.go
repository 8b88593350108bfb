package main

import (
	"context"
	"fmt"
	"time"
)

type job struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func newJob(timeout time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), timeout)
}

func explain(err error) string {
	switch err {
	case context.Canceled:
		return "someone cancelled"
	case context.DeadlineExceeded:
		return "ran out of time"
	case nil:
		return "still going"
	}
	return "?"
}

func main() {
	ctx, cancel := newJob(10 * time.Millisecond)
	j := job{ctx: ctx, cancel: cancel}
	fmt.Println(explain(j.ctx.Err()))
	time.Sleep(20 * time.Millisecond)
	fmt.Println(explain(j.ctx.Err()))
	j.cancel()
	other, stop := newJob(time.Minute)
	jobs := []job{{other, stop}}
	for _, x := range jobs {
		x.cancel()
		fmt.Println(explain(x.ctx.Err()))
	}
	var fns []context.CancelFunc
	for i := 0; i < 3; i++ {
		_, c := context.WithCancel(context.Background())
		fns = append(fns, c)
	}
	for _, f := range fns {
		f()
	}
	fmt.Println(len(fns), "cancelled")
}
