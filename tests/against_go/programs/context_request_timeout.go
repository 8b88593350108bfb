package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// queryDatabase pretends to be a slow database call: it answers after d unless the
// request's context is done first.
func queryDatabase(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "42 rows", nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func handle(name string, timeout, work time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	start := time.Now()
	rows, err := queryDatabase(ctx, work)
	took := time.Since(start).Round(10 * time.Millisecond)
	if errors.Is(err, context.DeadlineExceeded) {
		fmt.Println(name, "timed out after", took, "-", err)
		return
	}
	fmt.Println(name, "got", rows, "after", took)
}

func main() {
	handle("fast request", 100*time.Millisecond, 30*time.Millisecond)
	handle("slow request", 50*time.Millisecond, 200*time.Millisecond)

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, ok := ctx.Deadline()
	fmt.Println("has a deadline:", ok)
	<-ctx.Done()
	fmt.Println(ctx.Err(), ctx.Err() == context.DeadlineExceeded)
	fmt.Printf("%T\n", ctx.Err())
	_, ok = context.Background().Deadline()
	fmt.Println("background has a deadline:", ok, context.Background().Err())

	expired, stop := context.WithTimeout(context.Background(), -time.Second)
	defer stop()
	fmt.Println("already expired:", expired.Err())
}
