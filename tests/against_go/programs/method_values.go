package main

import (
	"fmt"
	"sync"
)

// Method values as goroutine bodies and callbacks: the receiver is bound when the value is made.
type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

type Greeter struct{ Name string }

func (g Greeter) Hello(to string) string { return g.Name + " greets " + to }

type Speaker interface{ Hello(string) string }

func repeat(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func main() {
	c := &Counter{}
	inc := c.Inc
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			repeat(25, inc)
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
	g := Greeter{"ana"}
	hello := g.Hello
	g.Name = "bo"
	fmt.Println(hello("cy"), g.Hello("cy"))
	var s Speaker = Greeter{"dee"}
	say := s.Hello
	s = Greeter{"eve"}
	fmt.Println(say("fay"), s.Hello("fay"))
}
