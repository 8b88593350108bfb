package main

import (
	"fmt"
	"sort"
	"sync"
)

// Declared types of other kinds embedded in a struct, their methods promoted; constraints
// written in place; sort.Slice of a declared slice type.
type celsius float64

func (c celsius) Warm() bool { return c > 20 }

type labels []string

func (l labels) First() string { return l[0] }

type sensor struct {
	celsius
	labels
	mu sync.Mutex
}

func largest[N interface{ ~int | ~float64 }](xs ...N) N {
	best := xs[0]
	for _, x := range xs[1:] {
		if x > best {
			best = x
		}
	}
	return best
}

func main() {
	s := &sensor{celsius: 18, labels: labels{"roof", "north"}}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			s.mu.Lock()
			s.celsius += celsius(i)
			s.mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(s.celsius, s.Warm(), s.First(), len(s.labels))
	fmt.Println(largest(3, 9, 4), largest(2.5, celsius(1).Sqrtish()), largest[celsius](s.celsius, 30))
	sort.Slice(s.labels, func(i, j int) bool { return s.labels[i] < s.labels[j] })
	fmt.Printf("%v %+v\n", s.labels, s.labels)
}

func (c celsius) Sqrtish() float64 { return float64(c) / 2 }
