package main

import (
	"fmt"
	"time"
)

type Result string

type Search func(query string) Result

func fakeSearch(kind string, delay time.Duration) Search {
	return func(query string) Result {
		time.Sleep(delay)
		return Result(fmt.Sprintf("%s result for %q", kind, query))
	}
}

var (
	Web   = fakeSearch("web", 30*time.Millisecond)
	Image = fakeSearch("image", 50*time.Millisecond)
	Video = fakeSearch("video", 120*time.Millisecond)
)

func Google(query string, searches []Search) []Result {
	c := make(chan Result)
	for _, s := range searches {
		go func(search Search) { c <- search(query) }(s)
	}
	var results []Result
	timeout := time.After(80 * time.Millisecond)
	for range searches {
		select {
		case r := <-c:
			results = append(results, r)
		case <-timeout:
			fmt.Println("timed out")
			return results
		}
	}
	return results
}

func main() {
	start := time.Now()
	results := Google("golang", []Search{Web, Image, Video})
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Printf("%T %T %d\n", Web, results[0], len(results))
	elapsed := time.Since(start)
	fmt.Println(elapsed.Round(10*time.Millisecond))
}
