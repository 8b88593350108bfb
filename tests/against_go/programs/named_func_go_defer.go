package main

import (
	"fmt"
	"sync"
)

type Task func(id int, wg *sync.WaitGroup)

type Cleanup func()

type Tasks map[string]Task

func main() {
	var wg sync.WaitGroup
	results := make([]string, 3)
	var work Task = func(id int, wg *sync.WaitGroup) {
		defer wg.Done()
		results[id] = fmt.Sprint("task ", id)
	}
	for i := range 3 {
		wg.Add(1)
		go work(i, &wg)
	}
	wg.Wait()
	fmt.Println(results)
	tasks := Tasks{"only": work}
	wg.Add(1)
	go tasks["only"](0, &wg)
	wg.Wait()
	var done Cleanup = func() { fmt.Println("cleaned up") }
	defer done()
	cleanups := []Cleanup{func() { fmt.Println("first") }, func() { fmt.Println("second") }}
	for _, c := range cleanups {
		defer c()
	}
	fmt.Println("main done")
}
