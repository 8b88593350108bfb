package main

import (
	"fmt"
	"sync"
)

// Level is a volume knob; only a pointer to it can be raised or printed by name.
type Level int

func (l *Level) Raise() { *l++ }

func (l *Level) String() string { return fmt.Sprintf("level %d", int(*l)) }

type Raiser interface{ Raise() }

func raiseAll(rs []Raiser, wg *sync.WaitGroup, mu *sync.Mutex) {
	defer wg.Done()
	for _, r := range rs {
		mu.Lock()
		r.Raise()
		mu.Unlock()
	}
}

func main() {
	var bass, treble Level
	treble = 5
	var mu sync.Mutex
	var wg sync.WaitGroup
	knobs := []Raiser{&bass, &treble, &bass}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go raiseAll(knobs, &wg, &mu)
	}
	wg.Wait()
	fmt.Println(bass, treble)
	var s fmt.Stringer = &treble
	fmt.Println(s.String())
	fmt.Println(&bass, s)
	fmt.Printf("%v|%s|%d|%T\n", s, &bass, bass, s)
}
