package main

import (
	"fmt"
	"strings"
	"sync"
)

type result struct {
	worker int
	word   string
}

func show(parts ...any) {
	fmt.Println(parts...)
}

func main() {
	out := fmt.Println
	logf := fmt.Printf
	label := fmt.Sprintf
	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for word := range jobs {
				results <- result{w, strings.ToUpper(word)}
			}
		}()
	}
	go func() {
		for _, word := range []string{"ping", "pong", "pang", "pung"} {
			jobs <- word
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	count := 0
	for r := range results {
		count++
		_ = r
	}
	n, err := out("processed", count, "words")
	out("wrote", n, "bytes, err:", err)
	logf("%s has %d letters\n", "gopher", len("gopher"))
	fmt.Print(label("[%03d]", 7), "\n")
	show("spread", 1, true)
	var none []any
	show(none...)
	pieces := []any{"x", 2.5}
	fmt.Println(pieces...)
	fmt.Printf("%v-%v\n", pieces...)
	emit := fmt.Sprint
	fmt.Println(emit("a", 1, 2, "b"))
	printers := map[string]func(...any) (int, error){"line": fmt.Println, "flat": fmt.Print}
	printers["flat"]("no newline", 1, "\n")
	p := printers["line"]
	p("via map")
}
