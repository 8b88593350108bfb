package main

import (
	"fmt"
	"sort"
	"sync"
)

// SafeMap guards its map with a Mutex: goroutines may Set and Get at once.
type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Set(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	s.m[k] = f(s.m[k])
	s.mu.Unlock()
}

func (s *SafeMap[K, V]) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

var wg sync.WaitGroup

func main() {
	hits := NewSafeMap[string, int]()
	pages := []string{"/", "/about", "/", "/blog", "/", "/blog"}
	for _, page := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			hits.Update(page, func(n int) int { return n + 1 })
		}()
	}
	wg.Wait()

	var keys []string
	for k := range hits.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		n, _ := hits.Get(k)
		fmt.Println(k, n)
	}
	fmt.Println("pages:", hits.Len())

	squares := NewSafeMap[int, float64]()
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			squares.Set(n, float64(n*n)/2)
		}(i)
	}
	wg.Wait()
	v, ok := squares.Get(3)
	_, missing := squares.Get(9)
	fmt.Printf("%T %v %v %v %d\n", squares, v, ok, missing, squares.Len())
}
