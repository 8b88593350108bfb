// A counter made with new
// new(int) makes a variable with no name; every copy of the pointer reaches the same one,
// and two goroutines at *p++ without a lock lose updates.
package main

import (
	"fmt"
	"sync"
	"time"
)

type stats struct {
	hits int
}

func bump(p *int, by int) {
	*p += by
}

func main() {
	count := new(int)
	fmt.Println(*count)
	*count = 3
	*count++
	bump(count, 10)
	alias := count
	*alias -= 4
	fmt.Println(*count, *alias, count == alias, count != nil)
	name := new(string)
	*name = "gopher"
	fmt.Println(*name, len(*name))
	s := new(stats)
	s.hits++
	fmt.Println(s.hits, *s)
	var empty *int
	fmt.Println(empty == nil)

	var wg sync.WaitGroup
	var mu sync.Mutex
	safe := new(int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 5; j++ {
				mu.Lock()
				*safe++
				mu.Unlock()
				time.Sleep(time.Millisecond)
			}
		}()
	}
	wg.Wait()
	fmt.Println("safe total", *safe)
	fmt.Println(*empty)
}
