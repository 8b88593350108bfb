package main

import (
	"fmt"
	"sync"
)

// A counter safe for goroutines: the Mutex is embedded, so the counter itself locks.
type SafeCounter struct {
	sync.Mutex
	hits map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.Lock()
	defer c.Unlock()
	c.hits[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.Lock()
	defer c.Unlock()
	return c.hits[key]
}

type Base struct {
	ID    int
	Label string
}

func (b Base) Describe() string {
	return fmt.Sprintf("#%d %s", b.ID, b.Label)
}

func (b *Base) Rename(label string) {
	b.Label = label
}

// A worker embeds its Base: its fields and methods are the worker's too.
type Worker struct {
	Base
	Jobs int
	sync.WaitGroup
}

func main() {
	c := SafeCounter{hits: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("page")
			if i%10 == 0 {
				c.Inc("tenth")
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("page"), c.Value("tenth"))

	w := Worker{Base: Base{ID: 7, Label: "fetcher"}}
	fmt.Println(w.ID, w.Label, w.Describe())
	w.Rename("parser")
	w.Jobs++
	w.Base.ID = 8
	fmt.Println(w.Describe(), w.Jobs, w.Base.Label)
	for j := 0; j < 3; j++ {
		w.Add(1)
		go func() {
			defer w.WaitGroup.Done()
			fmt.Println("job", j, "of", w.Label)
		}()
	}
	w.Wait()
	p := &w
	p.Rename("done")
	fmt.Println(p.Describe(), p.ID)
}
