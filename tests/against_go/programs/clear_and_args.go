package main

import (
	"fmt"
	"os"
	"sync"
)

type slot struct {
	id   int
	name string
}

func main() {
	if len(os.Args) > 1 {
		fmt.Println("arguments:", os.Args[1:])
	}
	fmt.Println("args:", len(os.Args), len(os.Args[1:]))

	buf := make([]int, 4, 8)
	view := buf[:2]
	for round := 1; round <= 2; round++ {
		var wg sync.WaitGroup
		var mu sync.Mutex
		for i := range buf {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				buf[i] += round * (i + 1)
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("round", round, buf, view)
		clear(buf)
		fmt.Println("cleared", buf, view, len(buf), cap(buf))
	}
	slots := []slot{{1, "a"}, {2, "b"}}
	clear(slots[1:])
	fmt.Println(slots)
	var names []string
	clear(names)
	fmt.Println(len(names))
	m := map[string]int{"x": 1}
	clear(m)
	fmt.Println(len(m))
}
