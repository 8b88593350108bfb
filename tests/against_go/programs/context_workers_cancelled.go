package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type tally struct {
	mu      sync.Mutex
	handled int
	stopped int
}

func worker(ctx context.Context, jobs <-chan int, wg *sync.WaitGroup, t *tally) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			t.mu.Lock()
			t.stopped++
			t.mu.Unlock()
			return
		case <-jobs:
			time.Sleep(10 * time.Millisecond)
			t.mu.Lock()
			t.handled++
			t.mu.Unlock()
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	jobs := make(chan int)
	var wg sync.WaitGroup
	t := &tally{}
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, jobs, &wg, t)
	}
	for j := 0; j < 6; j++ {
		jobs <- j
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("before cancel:", ctx.Err())
	cancel()
	wg.Wait()
	fmt.Println("handled:", t.handled, "stopped:", t.stopped)
	fmt.Println(errors.Is(ctx.Err(), context.Canceled), ctx.Err() == context.Canceled)
	cancel()
	fmt.Println(ctx.Err())
	fmt.Printf("%T %v\n", ctx.Err(), ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done is closed")
	default:
		fmt.Println("done is open")
	}
	fmt.Println(ctx.Done() == ctx.Done())
}
