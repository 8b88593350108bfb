package main

import (
	"fmt"
	"sync"
)

type Safe struct {
	mu sync.Mutex
}

func bump(s *Safe, n *int, done chan<- bool) {
	s.mu.Lock()
	*n = *n + 1
	s.mu.Unlock()
	done <- true
}

func main() {
	s := &Safe{}
	count := 0
	done := make(chan bool)
	for i := 0; i < 4; i++ {
		go bump(s, &count, done)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	fmt.Println(count)
}
