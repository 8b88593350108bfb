// A worker that recovers
// Each job runs under a deferred recover: a job that panics is reported and the worker goes
// on; the deferred calls of a panicking function still run, the last first.
package main

import (
	"fmt"
	"sync"
)

var wg sync.WaitGroup

func divide(a, b int) int {
	defer fmt.Println("divide", a, b, "done")
	return a / b
}

func safeDivide(a, b int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	return divide(a, b)
}

func check(items []int, i int) {
	defer func() {
		r := recover()
		fmt.Println("check", i, "recovered", r)
	}()
	fmt.Println("item", items[i])
}

func job(id int) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("job %d failed: %v\n", id, r)
		}
	}()
	if id%2 == 0 {
		panic(fmt.Sprintf("job %d cannot run", id))
	}
	fmt.Println("job", id, "ok")
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	check([]int{1, 2, 3}, 1)
	check([]int{1, 2, 3}, 5)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go job(i)
	}
	wg.Wait()
	fmt.Println("no panic:", recover())
	defer fmt.Println("deferred before the crash")
	panic(42)
}
