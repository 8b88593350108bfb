package main

import (
	"fmt"
	"strings"
	"sync"
)

// Each word of a line is counted by its own goroutine; the words come from an iterator.
func main() {
	line := "the quick  brown fox jumps over the lazy dog"
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := map[string]int{}
	for word := range strings.FieldsSeq(line) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counts[word]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(counts), counts["the"])
	for part := range strings.SplitSeq("go-by-example", "-") {
		fmt.Printf("part: %s\n", part)
	}
	n := 0
	for part := range strings.SplitSeq("a,b,,c", ",") {
		n++
		if part == "" {
			fmt.Println("empty part", n)
			break
		}
	}
	for r := range strings.SplitSeq("héllo", "") {
		fmt.Print(r, " ")
	}
	fmt.Println()
}
