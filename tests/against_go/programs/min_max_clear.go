// The fastest and the slowest, then a fresh start
// Workers report their times into a map under a lock; min and max pick the extremes, and
// clear empties the map for the next round.
package main

import (
	"fmt"
	"sync"
	"time"
)

const limit = min(3, 2.5, 4) * 2

var (
	mu    sync.Mutex
	wg    sync.WaitGroup
	times = map[string]time.Duration{}
)

func work(name string, d time.Duration) {
	defer wg.Done()
	time.Sleep(d)
	mu.Lock()
	times[name] = d
	mu.Unlock()
}

func main() {
	rounds := map[int][]int{0: []int{30, 10, 20}, 1: []int{5, 25}}
	for round := range 2 {
		names := []string{"ann", "bo", "cy"}
		for i, ms := range rounds[round] {
			wg.Add(1)
			go work(names[i], time.Duration(ms)*time.Millisecond)
		}
		wg.Wait()
		fastest, slowest := time.Hour, time.Duration(0)
		first, last := "zz", ""
		for name, d := range times {
			fastest = min(fastest, d)
			slowest = max(d, slowest)
			first, last = min(first, name), max(last, name)
		}
		fmt.Println("round", round, "fastest", fastest, "slowest", slowest, first, last, len(times))
		clear(times)
		fmt.Println("after clear:", len(times), times)
	}
	x, y := 7, 3
	f := 2.5
	fmt.Println(min(x, y, 5), max(x, y, 9), min(f, 1), max(1.5, f, 2), limit)
	fmt.Println(min(3, 2)/2, max(2.0, 3)/2, max("go", "gopher", "g"), min(-1.5, 0.0))
	var none map[string]int
	clear(none)
	fmt.Println(len(none))
}
