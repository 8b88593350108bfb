package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	id    int
	tags  []string
	after func(int) string
}

var results []string

func run(j job) string {
	if j.after == nil {
		return fmt.Sprint("job ", j.id, ": no hook, tags ", len(j.tags), " nil ", j.tags == nil)
	}
	return j.after(j.id)
}

func collect(words []string) []string {
	if len(words) == 0 {
		return nil
	}
	var out []string
	for _, w := range words {
		out = append(out, strings.ToUpper(w))
	}
	return out
}

func main() {
	var s []int
	fmt.Println(s, len(s), cap(s), s == nil, s != nil)
	s = append(s, 1, 2)
	fmt.Println(s, s == nil)
	s = nil
	fmt.Println(s, s == nil)
	empty := []int{}
	fmt.Println(empty, empty == nil, nil == empty)
	made := make([]int, 0)
	fmt.Println(made == nil)
	var names []string
	fmt.Printf("%v %d %q\n", s, s, names)
	fmt.Println(s[:] == nil, len(s[0:0]))

	var hook func(int) string
	fmt.Println(hook == nil)
	hook = func(id int) string { return fmt.Sprint("hooked ", id) }
	fmt.Println(hook != nil)

	jobs := []job{{id: 1}, {id: 2, tags: []string{"x"}, after: hook}, {id: 3, tags: nil}}
	out := make([]string, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = run(j)
		}()
	}
	wg.Wait()
	for _, line := range out {
		fmt.Println(line)
	}
	fmt.Println(collect(nil) == nil, collect([]string{"a"}))
	results = append(results, "done")
	fmt.Println(results)
	hook = nil
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(hook(4))
}
