package main

import (
	"fmt"
	"sync"
)

// History keeps what was added, safe for several goroutines at once.
type History[T any] struct {
	mu    sync.Mutex
	items []T
}

func (h *History[T]) Add(v T) {
	h.mu.Lock()
	h.items = append(h.items, v)
	h.mu.Unlock()
}

func (h *History[T]) Len() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.items)
}

// A Room embeds a History of its messages: Add and Len are the Room's too.
type Room struct {
	History[string]
	name string
}

// Ring is never used: its declaration alone is fine.
type Ring[T any] struct {
	mu   sync.RWMutex
	data []T
}

var wg sync.WaitGroup

func main() {
	room := &Room{name: "gophers"}
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			room.Add(fmt.Sprintf("message %d", i))
		}()
	}
	wg.Wait()
	fmt.Println(room.name, room.Len(), len(room.History.items))
	scores := History[float64]{}
	scores.Add(9.5)
	add := scores.Add
	add(7.25)
	fmt.Printf("%T %v\n", scores.items, scores.items)
}
