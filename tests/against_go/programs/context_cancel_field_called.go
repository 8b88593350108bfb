package main

import (
	"context"
	"fmt"
	"sync"
)

type worker struct {
	ctx    context.Context
	cancel context.CancelFunc
	report func(string)
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	w := &worker{ctx: ctx, cancel: cancel, report: func(s string) { fmt.Println("report:", s) }}
	defer w.cancel()
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-w.ctx.Done()
		w.report(w.ctx.Err().Error())
	}()
	go w.cancel()
	wg.Wait()
	w.report("all stopped")
}
