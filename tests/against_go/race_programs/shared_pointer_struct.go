package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	hits int
}

func record(s *Stats, wg *sync.WaitGroup) {
	defer wg.Done()
	s.hits++
}

func main() {
	s := &Stats{}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go record(s, &wg)
	}
	wg.Wait()
	fmt.Println(s.hits > 0)
}
