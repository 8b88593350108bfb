// Named results changed by deferred calls: a timing wrapper that reports after the return
// value is set, a recover that turns a worker's panic into its error, a counter doubled on
// the way out, and `return nil, err` of a slice result.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func lookup(host string) (addrs []string, err error) {
	defer func() {
		fmt.Printf("lookup %s: %d addrs, err=%v\n", host, len(addrs), err)
	}()
	if host == "" {
		return nil, errors.New("empty host")
	}
	return []string{host + ".1", host + ".2"}, nil
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return q, nil
}

func doubled(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1
}

func bare() (x, y int) {
	defer func() { x, y = y, x }()
	x, y = 1, 2
	return
}

func main() {
	a, err := lookup("db")
	fmt.Println(a, err)
	a, err = lookup("")
	fmt.Println(a, err)
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i, d := range []int{2, 0, 5} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q, err := safeDivide(10, d)
			results[i] = fmt.Sprint(q, " ", err)
		}()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(doubled(4), doubled(-1))
	x, y := bare()
	fmt.Println(x, y)
}
