package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutting down")

func poll(ctx context.Context, every time.Duration) int {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	polls := 0
	for {
		select {
		case <-ctx.Done():
			return polls
		case <-ticker.C:
			polls++
		}
	}
}

func main() {
	start := time.Now()
	deadline := start.Add(75 * time.Millisecond)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	d, ok := ctx.Deadline()
	fmt.Println("deadline set:", ok, d.Sub(start))
	fmt.Println("polls:", poll(ctx, 20*time.Millisecond))
	fmt.Println(ctx.Err(), "after", time.Since(start).Round(5*time.Millisecond))
	fmt.Println("cause:", context.Cause(ctx))

	later, cancelLater := context.WithDeadline(ctx, time.Now().Add(time.Hour))
	defer cancelLater()
	fmt.Println("under a passed deadline:", later.Err())

	work, stop := context.WithCancelCause(context.Background())
	fmt.Println("cause before:", context.Cause(work))
	go func() {
		time.Sleep(30 * time.Millisecond)
		stop(errShutdown)
	}()
	<-work.Done()
	fmt.Println("err:", work.Err())
	fmt.Println("cause:", context.Cause(work), errors.Is(context.Cause(work), errShutdown))
	stop(errors.New("too late"))
	fmt.Println("cause stays:", context.Cause(work))

	plain, stopPlain := context.WithCancelCause(context.Background())
	stopPlain(nil)
	fmt.Println("nil cause:", context.Cause(plain))

	timed, stopTimed := context.WithTimeoutCause(context.Background(), 10*time.Millisecond, errors.New("database too slow"))
	defer stopTimed()
	<-timed.Done()
	fmt.Println(timed.Err(), "/", context.Cause(timed))
	fmt.Println(context.Cause(context.Background()))
}
