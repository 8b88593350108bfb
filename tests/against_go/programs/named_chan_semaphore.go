package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type Set map[string]struct{}

func (s Set) Add(k string) { s[k] = struct{}{} }
func (s Set) Has(k string) bool {
	_, ok := s[k]
	return ok
}

type Matrix [][]int

func NewMatrix(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]int, n)
	}
	return m
}

type Check func(int) error

type Server struct {
	name   string
	check  Check
	done   Semaphore
	seen   Set
	mu     sync.Mutex
}

func (s *Server) Handle(x int) error {
	if err := s.check(x); err != nil {
		return fmt.Errorf("%s: %w", s.name, err)
	}
	s.mu.Lock()
	s.seen.Add(fmt.Sprint(x))
	s.mu.Unlock()
	return nil
}

func main() {
	sem := make(Semaphore, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	active, peak := 0, 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("peak", peak <= 2, len(sem))
	m := NewMatrix(3)
	for i := range m {
		m[i][i] = i + 1
	}
	fmt.Println(m, len(m[0]))
	odd := errors.New("odd")
	s := &Server{name: "srv", check: func(x int) error {
		if x%2 == 1 {
			return odd
		}
		return nil
	}, seen: Set{}}
	for x := range 4 {
		err := s.Handle(x)
		fmt.Println(x, err, errors.Is(err, odd))
	}
	keys := make([]string, 0, len(s.seen))
	for k := range s.seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, s.seen.Has("2"), s.seen.Has("3"))
	fmt.Printf("%T %T %T\n", sem, s.seen, s.check)
}
