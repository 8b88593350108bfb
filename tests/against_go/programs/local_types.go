// Types declared inside the function that uses them, as small programs often do.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	type score struct {
		player string
		points int
	}
	type Level int

	scores := make(chan score)
	var wg sync.WaitGroup
	for i, p := range []string{"ada", "bob", "cy"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			scores <- score{p, (i + 1) * 10}
		}()
	}
	go func() {
		wg.Wait()
		close(scores)
	}()

	var all []score
	for s := range scores {
		all = append(all, s)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].points > all[b].points })
	for _, s := range all {
		fmt.Printf("%-4s %3d %v\n", s.player, s.points, s)
	}
	top := Level(3)
	fmt.Printf("%T %v %T\n", all[0], top, top)
}
