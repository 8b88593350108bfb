// A cancel closes Done: a receive it ends is ordered after what the canceller did first;
// the write after the cancel is not, and races with the worker's read.
package main

import (
	"context"
	"fmt"
	"time"
)

var before, after string

func worker(ctx context.Context, stopped chan<- string) {
	<-ctx.Done()
	stopped <- before + " / " + after
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan string)
	go worker(ctx, stopped)
	time.Sleep(10 * time.Millisecond)
	before = "set before cancel"
	cancel()
	after = "set after cancel"
	fmt.Println(<-stopped != "")
}
