package main

import (
	"fmt"
	"sync"
	"time"
)

// Board keeps scores under a read-write lock and waits for its players itself.
type Board struct {
	mu     sync.RWMutex
	wg     sync.WaitGroup
	scores map[string]int
	rounds chan int
}

func (b *Board) Play(name string, points int) {
	defer b.wg.Done()
	for i := 0; i < points; i++ {
		b.mu.Lock()
		b.scores[name] += 1
		b.mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	b.rounds <- points
}

func (b *Board) Score(name string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.scores[name]
}

func main() {
	b := &Board{scores: map[string]int{}, rounds: make(chan int, 3)}
	players := []string{"kim", "lee", "kim"}
	for i, p := range players {
		b.wg.Add(1)
		go b.Play(p, i+2)
	}
	b.wg.Wait()
	close(b.rounds)
	sum := 0
	for r := range b.rounds {
		sum += r
	}
	fmt.Println(b.Score("kim"), b.Score("lee"), b.Score("nobody"), sum)
	fmt.Println(b.scores)
}
