// A pool warmed before the workers start, as "Concurrency in Go" warms its calculator pool:
// New called directly four times and each result put back, so a thousand workers share
// what was made up front. Then New swapped for another, and a pool whose New is nil.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var numCalcsCreated int
	calcPool := &sync.Pool{
		New: func() any {
			numCalcsCreated += 1
			mem := make([]byte, 1024)
			return &mem
		},
	}

	// Seed the pool with 4KB.
	calcPool.Put(calcPool.New())
	calcPool.Put(calcPool.New())
	calcPool.Put(calcPool.New())
	calcPool.Put(calcPool.New())

	const numWorkers = 1024 * 1024 / 1024
	var wg sync.WaitGroup
	wg.Add(numWorkers)
	for i := numWorkers; i > 0; i-- {
		go func() {
			defer wg.Done()
			mem := calcPool.Get().(*[]byte)
			defer calcPool.Put(mem)
			(*mem)[0] = 1
		}()
	}
	wg.Wait()
	fmt.Printf("%d calculators were created.\n", numCalcsCreated)

	// New may be set after the pool is made, and read like any field.
	var names sync.Pool
	fmt.Println("has New:", names.New != nil, "Get:", names.Get())
	next := 0
	names.New = func() any {
		next++
		return fmt.Sprintf("guest-%d", next)
	}
	fmt.Println("has New:", names.New != nil, "Get:", names.Get(), names.Get())
	names.Put("alice")
	fmt.Println(names.Get(), names.New())
	names.New = nil
	fmt.Println("after nil:", names.Get())

	// A pool in a struct's field, its New set once the struct is made.
	type cache struct{ buffers sync.Pool }
	c := &cache{}
	fmt.Println("cache has New:", c.buffers.New != nil)
	c.buffers.New = func() any { return "fresh buffer" }
	fmt.Println(c.buffers.Get(), c.buffers.New())

	// Calling a nil New panics, as calling any nil func does.
	defer func() { fmt.Println("recovered:", recover()) }()
	names.New()
}
