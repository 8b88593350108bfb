package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

type settings struct {
	name    string
	retries int
}

// Readers take whatever the Value holds, as the `any` Load returns, and look at it
// themselves: printed, compared with nil, switched on by type.
func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing yet"
	case settings:
		return fmt.Sprintf("settings %s/%d", x.name, x.retries)
	case map[string]int:
		return fmt.Sprintf("a map of %d", len(x))
	default:
		return fmt.Sprintf("a %T", x)
	}
}

func main() {
	var current atomic.Value
	fmt.Println(current.Load() == nil, describe(current.Load()))

	current.Store(settings{"first", 1})
	got := current.Load()
	fmt.Printf("%v %T %s\n", got, got, describe(got))

	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			current.Store(settings{"worker", i})
		})
	}
	wg.Wait()
	last := current.Load()
	if s, ok := last.(settings); ok {
		fmt.Println("someone stored", s.name, s.retries < 4)
	}

	old := current.Swap(settings{"swapped", 9})
	fmt.Println(describe(old) != "", describe(current.Load()))

	var counts atomic.Value
	counts.Store(map[string]int{"a": 1, "b": 2})
	fmt.Println(describe(counts.Load()), counts.Load())

	var failure atomic.Value
	failure.Store(errors.New("disk full"))
	fmt.Println(failure.Load(), describe(failure.Load()))

	var words atomic.Value
	words.Store("hello")
	fmt.Println(words.Load() == "hello", words.Load() == any("bye"))
	n, ok := words.Load().(int)
	fmt.Println(n, ok)
}
