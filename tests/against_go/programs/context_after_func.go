package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	ctx, cancel := context.WithCancel(context.Background())
	wg.Add(1)
	stop := context.AfterFunc(ctx, func() {
		defer wg.Done()
		fmt.Println("cleanup runs after the cancel:", ctx.Err())
	})
	time.Sleep(10 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("stop after it ran:", stop())

	quiet, stopQuiet := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer stopQuiet()
	never := context.AfterFunc(quiet, func() { fmt.Println("never printed") })
	fmt.Println("stopped in time:", never())
	fmt.Println("stopped twice:", never())
	<-quiet.Done()
	time.Sleep(5 * time.Millisecond)

	done, over := context.WithCancel(context.Background())
	over()
	wg.Add(1)
	context.AfterFunc(done, func() {
		defer wg.Done()
		fmt.Println("already cancelled: runs at once")
	})
	wg.Wait()
	fmt.Println(quiet.Err())
}
