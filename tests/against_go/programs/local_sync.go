// Locks and WaitGroups declared where they are used: in a helper that main calls more
// than once, in a loop's body, and made in place with &sync.Mutex{}.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Inventory struct {
	mu    *sync.Mutex
	items map[string]int
}

func (inv *Inventory) Add(name string, n int) {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	inv.items[name] += n
}

// sumSquares fans out one goroutine per number and waits for them with its own WaitGroup.
func sumSquares(nums []int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for _, n := range nums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(n) * time.Millisecond)
			mu.Lock()
			sum += n * n
			mu.Unlock()
		}()
	}
	wg.Wait()
	return sum
}

func main() {
	fmt.Println("first batch:", sumSquares([]int{1, 2, 3}))
	fmt.Println("second batch:", sumSquares([]int{4, 5}))

	inv := Inventory{mu: &sync.Mutex{}, items: map[string]int{}}
	var wg sync.WaitGroup
	for round := 1; round <= 3; round++ {
		done := sync.WaitGroup{}
		for _, name := range []string{"apples", "pears"} {
			done.Add(1)
			go func() {
				defer done.Done()
				inv.Add(name, round)
			}()
		}
		done.Wait()
		fmt.Println("after round", round, inv.items["apples"], inv.items["pears"])
	}
	wg.Wait()

	ready := sync.NewCond(&sync.Mutex{})
	started := false
	go func() {
		time.Sleep(10 * time.Millisecond)
		ready.L.Lock()
		started = true
		ready.L.Unlock()
		ready.Broadcast()
	}()
	ready.L.Lock()
	for !started {
		ready.Wait()
	}
	ready.L.Unlock()
	fmt.Println("started:", started)
}
