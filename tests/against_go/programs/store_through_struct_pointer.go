package main

import (
	"fmt"
	"sync"
)

// `*p = v` with p a pointer to a struct: the struct p points to takes v's value, and every
// holder of the pointer sees it; v is copied, nested structs and arrays too.

type Inner struct{ A, B int }

type Stats struct {
	Name  string
	Hits  int
	In    Inner
	Last  [3]int
	Seen  map[string]bool
	owner *Stats
}

func (s *Stats) Reset() { *s = Stats{Name: s.Name, Seen: map[string]bool{}} }

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Bump() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

type Point struct{ X, Y int }

func mirror(p *Point) { *p = Point{p.Y, p.X} }

func fresh() Point { return Point{7, 8} }

func main() {
	s := &Stats{Name: "web", Hits: 3, In: Inner{1, 2}, Last: [3]int{4, 5, 6}}
	alias := s
	other := Stats{Name: "db", Hits: 9, In: Inner{10, 20}, Last: [3]int{7, 8, 9}}
	*s = other
	other.In.A = 99
	other.Last[0] = 99
	fmt.Println(alias.Name, alias.Hits, alias.In, alias.Last, other.In, other.Last)
	alias.Reset()
	fmt.Println(s.Name, s.Hits, s.In, s.Last, len(s.Seen))

	p := new(Point)
	*p = Point{1, 2}
	mirror(p)
	fmt.Println(*p)
	*p = fresh()
	q := p
	*q = *p
	q.X++
	fmt.Println(*p, *q, p == q)

	points := []Point{{1, 1}, {2, 2}}
	for i := range points {
		pp := &points[i]
		*pp = Point{pp.X * 10, pp.Y * 100}
	}
	fmt.Println(points)

	var wg sync.WaitGroup
	c := &Counter{}
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Bump()
		}()
	}
	wg.Wait()
	var mu sync.Mutex
	latest := &Point{}
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			*latest = Point{latest.X + i, latest.Y + 1}
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n, *latest)
}
