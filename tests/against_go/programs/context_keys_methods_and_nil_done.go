package main

import (
	"context"
	"fmt"
	"time"
)

type key struct{}
type level int

const traceLevel level = 0

type Server struct {
	name string
}

func (s *Server) handle(ctx context.Context, out chan<- string) {
	select {
	case <-ctx.Done():
		out <- s.name + ": " + ctx.Err().Error()
	case <-time.After(time.Second):
		out <- s.name + ": done"
	}
}

func main() {
	ctx := context.Background()
	ctx = context.WithValue(ctx, key{}, "struct key")
	ctx = context.WithValue(ctx, traceLevel, 3)
	fmt.Println(ctx.Value(key{}), ctx.Value(traceLevel), ctx.Value(level(1)), ctx.Value(0))
	ctx, cancel := context.WithTimeout(ctx, 30*time.Millisecond)
	defer cancel()
	out := make(chan string)
	s := &Server{name: "api"}
	go s.handle(ctx, out)
	go func(ctx context.Context) {
		<-ctx.Done()
		out <- "closure: " + context.Cause(ctx).Error()
	}(ctx)
	fmt.Println(<-out)
	fmt.Println(<-out)
	var stuck context.Context = context.TODO()
	<-stuck.Done()
}
