// sync.Map as teachers use it: a cache filled by many goroutines at once (LoadOrStore
// stores each key once whoever gets there first), counters swapped in place, keys of
// several types, and what Range, Clear and the compare methods do.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type point struct{ x, y int }

var seen sync.Map

type registry struct {
	mu    sync.Mutex
	names sync.Map
	adds  int
}

func (r *registry) add(name string, id int) bool {
	_, loaded := r.names.LoadOrStore(name, id)
	if !loaded {
		r.mu.Lock()
		r.adds++
		r.mu.Unlock()
	}
	return !loaded
}

func main() {
	r := &registry{}
	var wg sync.WaitGroup
	var firsts sync.Map
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				name := fmt.Sprintf("user%d", i%10)
				if r.add(name, w*100+i) {
					firsts.Store(name, true)
				}
				seen.Store(i%5, w)
			}
		}()
	}
	wg.Wait()
	count := 0
	var keys []string
	firsts.Range(func(k, v any) bool {
		count++
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println("adds:", r.adds, "firsts:", count, keys[0], keys[len(keys)-1])

	visited := 0
	seen.Range(func(k, v any) bool {
		visited++
		return visited < 3
	})
	fmt.Println("stopped after", visited)

	m := &sync.Map{}
	m.Store(1, "int one")
	m.Store(int64(1), "int64 one")
	m.Store("1", "string one")
	m.Store(point{1, 2}, "a point")
	for _, k := range []any{1, int64(1), "1", point{1, 2}, point{2, 1}, 1.5} {
		v, ok := m.Load(k)
		fmt.Printf("%v %T -> %v %v\n", k, k, v, ok)
	}
	prev, loaded := m.Swap(1, "uno")
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap(2, "dos")
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap(1, "one", "x"), m.CompareAndSwap(1, "uno", "eins"))
	fmt.Println(m.CompareAndDelete(2, "two"), m.CompareAndDelete(2, "dos"))
	v, ok := m.LoadAndDelete(1)
	fmt.Println(v, ok)
	v, ok = m.LoadAndDelete(1)
	fmt.Println(v, ok)
	m.Delete("nothing")
	m.Clear()
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("after Clear:", n)

	counts := new(sync.Map)
	counts.Store("hits", 0)
	for range 5 {
		old, _ := counts.Load("hits")
		counts.Store("hits", old.(int)+1)
	}
	hits, _ := counts.Load("hits")
	fmt.Println("hits:", hits)

	m.Store([]int{1}, "a slice key")
}
