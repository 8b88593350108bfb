// Pointers to slices: a function that grows the caller's slice through a *[]T, and the
// sync.Pool of byte slices handed out as *[]byte, so that Put takes no copy of a slice header.
package main

import (
	"fmt"
	"sync"
)

func push(stack *[]int, v int) {
	*stack = append(*stack, v)
}

func pop(stack *[]int) int {
	s := *stack
	v := s[len(s)-1]
	*stack = s[:len(s)-1]
	return v
}

func fill(buf *[]byte, c byte) {
	for i := range *buf {
		(*buf)[i] = c
	}
}

func main() {
	var stack []int
	for i := 1; i <= 4; i++ {
		push(&stack, i*i)
	}
	top := pop(&stack)
	fmt.Println(top, stack, len(stack))

	p := &stack
	(*p)[0] = -1
	*p = append(*p, 99)
	fmt.Println(stack, *p, p == &stack)

	created := 0
	pool := &sync.Pool{New: func() interface{} {
		created++
		mem := make([]byte, 8)
		return &mem
	}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	sizes := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mem := pool.Get().(*[]byte)
			defer pool.Put(mem)
			fill(mem, byte('a'+i))
			mu.Lock()
			sizes += len(*mem)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("bytes", sizes, "made at most", created <= 4)
	mem := pool.Get().(*[]byte)
	fmt.Println(len(*mem), cap(*mem))

	words := []string{"go"}
	pw := &words
	*pw = append(*pw, "run")
	fmt.Println(words, len(*pw))
	var none *[]int
	fmt.Println(none == nil)
	fmt.Println(len(*none))
}
