// A cancel happens before an Err() that finds it: the worker polls Err() instead of waiting
// on Done, and reads what main wrote before cancelling without a race.
package main

import (
	"context"
	"fmt"
	"time"
)

var reason string

func worker(ctx context.Context, stopped chan<- string) {
	for ctx.Err() == nil {
		time.Sleep(5 * time.Millisecond)
	}
	stopped <- reason
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan string)
	go worker(ctx, stopped)
	time.Sleep(20 * time.Millisecond)
	reason = "shutting down"
	cancel()
	fmt.Println(<-stopped)
}
