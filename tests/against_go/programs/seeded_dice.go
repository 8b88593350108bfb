package main

import (
	"fmt"
	r "math/rand"
	"sync"
	"time"
)

func main() {
	r.Seed(time.Now().UnixNano())
	rolls := make([]int, 6)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				face := r.Intn(6)
				mu.Lock()
				rolls[face]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, n := range rolls {
		total += n
	}
	fmt.Println("rolled", total, "dice on", len(rolls), "faces")
}
