package main

import (
	"fmt"
	"sort"
	"sync"
)

var (
	mu     sync.Mutex
	merged = map[string]int{}
)

func merge(part map[string]int, wg *sync.WaitGroup) {
	defer wg.Done()
	var k string
	var v int
	for k, v = range part {
		mu.Lock()
		merged[k] += v
		mu.Unlock()
	}
}

func main() {
	parts := []map[string]int{
		{"go": 2, "chan": 1},
		{"go": 1, "mutex": 3},
		{"chan": 4},
	}
	var wg sync.WaitGroup
	for _, p := range parts {
		wg.Add(1)
		go merge(p, &wg)
	}
	wg.Wait()
	keys := make([]string, 0, len(merged))
	for k := range merged {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, merged[k])
	}
	var i, last int
	for i = range 4 {
		last += i
	}
	fmt.Println("after range 4:", i, last)
	var r rune
	var at int
	for at, r = range "héllo" {
	}
	fmt.Println(at, string(r))
	var idx int
	for idx = range []string{"a", "b", "c"} {
		if idx == 1 {
			break
		}
	}
	fmt.Println("stopped at", idx)
	ch := make(chan int, 3)
	ch <- 7
	ch <- 8
	close(ch)
	var got int
	for got = range ch {
		fmt.Println("got", got)
	}
	fmt.Println("last", got)
	count := 0
	var f float64
	for _, f = range []float64{1.5, 2.5} {
		count++
	}
	fmt.Println(count, f)
}
