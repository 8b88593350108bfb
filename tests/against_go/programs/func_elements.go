// Functions kept in a slice and a map, called by index and key: the replicated query where
// the first replica to answer wins, a handler table, and a pipeline of steps run in order.
package main

import (
	"fmt"
	"strings"
	"time"
)

type Search func(query string) string

func fake(name string, delay time.Duration) Search {
	return func(query string) string {
		time.Sleep(delay)
		return name + " result for " + query
	}
}

func first(query string, replicas ...Search) string {
	c := make(chan string, len(replicas))
	for i := range replicas {
		go func(i int) { c <- replicas[i](query) }(i)
	}
	return <-c
}

func main() {
	replicas := []Search{fake("slow", 50*time.Millisecond), fake("fast", 10*time.Millisecond)}
	start := time.Now()
	fmt.Println(first("golang", replicas...))
	fmt.Println(time.Since(start).Round(10*time.Millisecond) < 40*time.Millisecond)

	handlers := map[string]func(string) string{
		"upper": strings.ToUpper,
		"shout": func(s string) string { return s + "!" },
	}
	for _, cmd := range []string{"upper", "shout"} {
		fmt.Println(cmd, handlers[cmd]("hello"))
	}
	if h, ok := handlers["missing"]; !ok {
		fmt.Println("no handler", h == nil)
	}

	steps := []func(int) int{
		func(n int) int { return n + 1 },
		func(n int) int { return n * 10 },
	}
	n := 4
	for i := 0; i < len(steps); i++ {
		n = steps[i](n)
	}
	fmt.Println(n, steps[1](steps[0](0)))

	done := make(chan bool)
	report := []func(string){func(s string) { fmt.Println("report:", s); done <- true }}
	k := 0
	go report[k]("from a goroutine")
	<-done
	defer report[k]("deferred")
	go func() { <-done }()
}
