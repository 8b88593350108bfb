package main

import (
	"errors"
	"fmt"
	"sync"
)

// A function made by sync.OnceFunc or OnceValue runs its body once; if the body panicked,
// every call panics again with the same value, so no caller mistakes it for done.
func attempt(label string, call func()) {
	defer func() {
		fmt.Printf("%s: %v\n", label, recover())
	}()
	call()
}

func main() {
	connect := sync.OnceFunc(func() {
		fmt.Println("dialing once")
		panic("no route to host")
	})
	for i := range 3 {
		attempt(fmt.Sprint("connect ", i), connect)
	}

	calls := 0
	config := sync.OnceValue(func() int {
		calls++
		panic(errors.New("config file missing"))
	})
	for i := range 2 {
		attempt(fmt.Sprint("config ", i), func() { fmt.Println(config()) })
	}

	size := sync.OnceValues(func() (int, error) {
		calls++
		return 42, nil
	})
	var wg sync.WaitGroup
	got := make([]int, 4)
	for i := range 4 {
		wg.Go(func() {
			n, _ := size()
			got[i] = n
		})
	}
	wg.Wait()
	fmt.Println(got, "body calls:", calls)
}
