package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type ctxKey string

const requestIDKey ctxKey = "requestID"
const userKey ctxKey = "user"

type server struct {
	ctx  context.Context
	name string
}

func logf(ctx context.Context, msg string) {
	id, ok := ctx.Value(requestIDKey).(int)
	if !ok {
		fmt.Println("[no request]", msg)
		return
	}
	fmt.Printf("[request %d] %s\n", id, msg)
}

func lookupUser(ctx context.Context) string {
	logf(ctx, "looking up the user")
	if u := ctx.Value(userKey); u != nil {
		return u.(string)
	}
	return "anonymous"
}

func serve(s server, id int, wg *sync.WaitGroup, results []string) {
	defer wg.Done()
	ctx := context.WithValue(s.ctx, requestIDKey, id)
	if id%2 == 0 {
		ctx = context.WithValue(ctx, userKey, "gopher")
	}
	time.Sleep(time.Duration(id) * 10 * time.Millisecond)
	results[id-1] = fmt.Sprintf("request %d served %s for %s", id, s.name, lookupUser(ctx))
}

func main() {
	base := context.Background()
	logf(base, "starting")
	s := server{ctx: base, name: "index"}
	results := make([]string, 3)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go serve(s, id, &wg, results)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(base.Value(requestIDKey))
	fmt.Println(context.WithValue(base, "requestID", 7).Value(requestIDKey))
	fmt.Println(context.TODO().Value(userKey) == nil)
}
