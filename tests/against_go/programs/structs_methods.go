package main

import (
	"fmt"
	"sync"
)

// Tally counts votes per name behind its own lock.
type Tally struct {
	mu    sync.Mutex
	votes map[string]int
	total int
}

func (t *Tally) Vote(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.votes[name]++
	t.total += 1
}

func (t *Tally) Total() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.total
}

type Point struct {
	X int
	Y int
}

// Moved works on a copy: the caller's point stays where it was.
func (p Point) Moved(dx int) Point {
	p.X += dx
	return p
}

func (p *Point) Shift(dy int) {
	p.Y = p.Y + dy
}

type Pair struct {
	Name  string
	Where Point
}

var wg sync.WaitGroup

func main() {
	t := &Tally{votes: make(map[string]int)}
	names := []string{"ada", "bob", "ada", "cy", "ada", "bob"}
	for _, n := range names {
		wg.Add(1)
		go func(who string) {
			t.Vote(who)
			wg.Done()
		}(n)
	}
	wg.Wait()
	fmt.Println(t.Total(), t.votes["ada"], t.votes["bob"], t.votes["cy"], len(t.votes))
	fmt.Println(t.votes)

	p := Point{1, 2}
	q := p.Moved(10)
	p.Shift(5)
	fmt.Println(p, q, p.X, q.Y)
	ptr := &p
	ptr.X = 7
	fmt.Println(p.X, ptr.Y, (*ptr).X)
	(*ptr).Y = 9
	copied := *ptr
	copied.Y = 1
	fmt.Println(p.Y, copied.Y, *ptr)
	r := p
	r.X = 100
	fmt.Println(p.X, r.X)
	pair := Pair{Name: "home", Where: Point{Y: 3}}
	pair.Where.X = 4
	fmt.Println(pair, pair.Where.Moved(1).X)
	fmt.Printf("%v %d\n", q, q.X)
}
