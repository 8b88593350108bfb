package main

import "fmt"

// A Stack and a Queue of any element type: one declaration, a struct type per instance.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v)
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	top := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return top, true
}

func (s Stack[T]) Len() int {
	return len(s.items)
}

type Queue[T any] struct {
	items []T
}

func NewQueue[T any](first ...T) *Queue[T] {
	q := &Queue[T]{}
	for _, v := range first {
		q.Enqueue(v)
	}
	return q
}

func (q *Queue[T]) Enqueue(v T) {
	q.items = append(q.items, v)
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Swap[K comparable, V comparable](p Pair[K, V]) Pair[V, K] {
	return Pair[V, K]{p.Val, p.Key}
}

func main() {
	var s Stack[int]
	for i := 1; i <= 3; i++ {
		s.Push(i * 10)
	}
	fmt.Printf("%T %v len=%d\n", s, s, s.Len())
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Print(v, " ")
	}
	_, ok := s.Pop()
	fmt.Println("empty pop:", ok)

	q := NewQueue("parse", "check", "lower")
	q.Enqueue("run")
	fmt.Printf("%T %v\n", q, *q)
	for {
		step, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Println("step:", step)
	}

	p := Pair[string, int]{"answer", 42}
	fmt.Printf("%T %v\n", p, p)
	r := Swap(p)
	fmt.Printf("%T %v %v\n", r, r, r.Key+1)
	pairs := []Pair[string, bool]{{"ready", true}, {"done", false}}
	fmt.Println(pairs, len(pairs))
}
