// Panicking with an error
// A state machine that meets a state it does not know panics with the error fmt.Errorf made;
// a deferred recover in the worker reports it, and main's own panic with an error ends the
// program the way Go prints it.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type phase int

func advance(p phase) phase {
	switch p {
	case 0, 1:
		return p + 1
	default:
		panic(fmt.Errorf("unknown phase %d", p))
	}
}

var (
	mu  sync.Mutex
	log []string
)

func note(line string) {
	mu.Lock()
	log = append(log, line)
	mu.Unlock()
}

func worker(id int, p phase, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			note(fmt.Sprint("worker ", id, " recovered: ", r))
		}
	}()
	next := advance(p)
	note(fmt.Sprint("worker ", id, " moved to ", next))
}

func main() {
	var wg sync.WaitGroup
	for id, p := range []phase{0, 7, 1} {
		wg.Add(1)
		go worker(id, p, &wg)
	}
	wg.Wait()
	for _, line := range log {
		fmt.Println(line)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var missing error
		panic(missing)
	}()
	panic(errors.New("no phase left"))
}
