package main

import (
	"fmt"
	"sync"
)

// A Once whose function panics counts as done: the panic reaches the first caller, and
// every later Do returns at once, from any goroutine, without running anything.
func main() {
	var (
		setup sync.Once
		wg    sync.WaitGroup
		mu    sync.Mutex
		ran   []string
	)
	load := func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("first caller saw:", r)
			}
		}()
		setup.Do(func() { panic("config missing") })
	}
	load()
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			setup.Do(func() {
				mu.Lock()
				ran = append(ran, fmt.Sprint("worker ", i))
				mu.Unlock()
			})
		}()
	}
	wg.Wait()
	fmt.Println("ran again:", len(ran))
}
