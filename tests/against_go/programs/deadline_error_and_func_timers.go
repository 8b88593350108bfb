package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// A timeout is an error that says so: context.DeadlineExceeded has Timeout() and
// Temporary(), as net's errors do, so one check serves both. A timer of time.AfterFunc runs a
// function instead of sending: its channel is nil.
func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	<-ctx.Done()
	var timeout interface{ Timeout() bool }
	fmt.Println(errors.As(ctx.Err(), &timeout), timeout.Timeout())
	_, temporary := ctx.Err().(interface{ Temporary() bool })
	fmt.Println(temporary, errors.Is(ctx.Err(), context.DeadlineExceeded))
	_, canceled := context.Canceled.(interface{ Timeout() bool })
	fmt.Println("canceled has Timeout:", canceled)

	fired := make(chan string, 1)
	t := time.AfterFunc(10*time.Millisecond, func() { fired <- "ran" })
	fmt.Println(t.C == nil, <-fired)
	tick := time.NewTimer(time.Millisecond)
	fmt.Println(tick.C == nil, (<-tick.C).IsZero())
}
