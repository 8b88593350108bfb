package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Score struct {
	Player string
	Points int
}

// A struct holding its slice, sorted by points then by name, through a pointer.
type Board struct {
	mu     sync.Mutex
	scores []Score
}

func (b *Board) Len() int { return len(b.scores) }
func (b *Board) Less(i, j int) bool {
	if b.scores[i].Points != b.scores[j].Points {
		return b.scores[i].Points > b.scores[j].Points
	}
	return b.scores[i].Player < b.scores[j].Player
}
func (b *Board) Swap(i, j int) { b.scores[i], b.scores[j] = b.scores[j], b.scores[i] }

func (b *Board) Record(p string, pts int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.scores = append(b.scores, Score{p, pts})
}

type Names []string

func (n Names) String() string { return strings.Join(n, ", ") }

type Registry map[string]int

func (r *Registry) Reset() { *r = make(Registry) }

func main() {
	b := &Board{}
	var wg sync.WaitGroup
	for i, p := range []string{"ann", "bo", "cy", "di", "ed", "flo", "gus"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.Record(p, (i*7)%4)
		}()
	}
	wg.Wait()
	sort.Sort(b)
	fmt.Println(b.scores)
	fmt.Println(sort.IsSorted(b))
	var names Names
	for _, s := range b.scores {
		names = append(names, s.Player)
	}
	fmt.Println(names)
	fmt.Printf("%v|%s|%d\n", names, names[1:3], len(names))
	r := Registry{"a": 1}
	r["b"] = 2
	fmt.Println(len(r), r)
	r.Reset()
	fmt.Println(len(r), r)
	var empty Names
	fmt.Println(len(empty), empty)
	fmt.Printf("%T %T\n", r, empty)
}
