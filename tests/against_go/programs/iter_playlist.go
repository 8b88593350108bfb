// A playlist kept as a linked list, walked with iterators: forwards, backwards with
// positions, a generator that never ends and is stopped by its caller.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type node[T any] struct {
	item       T
	prev, next *node[T]
}

type Playlist[T any] struct {
	first, last *node[T]
	size        int
}

func (p *Playlist[T]) Add(item T) {
	n := &node[T]{item: item, prev: p.last}
	if p.last == nil {
		p.first = n
	} else {
		p.last.next = n
	}
	p.last = n
	p.size++
}

// Songs yields each item from the first.
func (p *Playlist[T]) Songs() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := p.first; n != nil; n = n.next {
			if !yield(n.item) {
				return
			}
		}
	}
}

// Reversed yields each position and item from the last.
func (p *Playlist[T]) Reversed() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := p.size - 1
		for n := p.last; n != nil; n = n.prev {
			if !yield(i, n.item) {
				return
			}
			i--
		}
	}
}

// squares never stops by itself.
func squares() iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := 1; ; n++ {
			if !yield(n * n) {
				fmt.Println("squares: asked to stop after", n*n)
				return
			}
		}
	}
}

func main() {
	var p Playlist[string]
	for _, s := range []string{"intro", "verse", "chorus", "outro"} {
		p.Add(s)
	}
	for song := range p.Songs() {
		fmt.Println("playing", song)
	}
	for i, song := range p.Reversed() {
		if i == 1 {
			break
		}
		fmt.Printf("%d: %s\n", i, strings.ToUpper(song))
	}
	titles := slices.Collect(p.Songs())
	fmt.Println(titles, len(titles))
	fmt.Println(slices.Sorted(p.Songs()))

	sum := 0
	for sq := range squares() {
		if sq > 50 {
			break
		}
		sum += sq
	}
	fmt.Println("sum of squares up to 50:", sum)

	var lengths Playlist[int]
	for song := range p.Songs() {
		lengths.Add(len(song))
	}
	fmt.Println(slices.Collect(lengths.Songs()))
}
