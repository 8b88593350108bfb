// A configuration loaded once
// Every handler needs the configuration, and the first to ask loads it. The others wait on the
// Once's Mutex until the load has returned, then all read the same values.
package main

import (
	"fmt"
	"sync"
	"time"
)

type config struct {
	name    string
	workers int
}

var (
	once  sync.Once
	cfg   config
	loads int
	wg    sync.WaitGroup
)

func load() {
	loads++
	fmt.Println("loading the configuration")
	time.Sleep(50 * time.Millisecond)
	cfg = config{name: "prod", workers: 4}
}

func handle(id int) {
	defer wg.Done()
	time.Sleep(time.Duration(id) * 10 * time.Millisecond)
	once.Do(load)
	fmt.Printf("handler %d sees %s with %d workers at %v\n", id, cfg.name, cfg.workers, time.Duration(0))
}

type server struct {
	start sync.Once
	ready bool
}

func (s *server) run(who string) {
	s.start.Do(func() {
		fmt.Println(who, "starts the server")
		s.ready = true
	})
	fmt.Println(who, "finds it ready:", s.ready)
}

func main() {
	begin := time.Now()
	for id := range 4 {
		wg.Add(1)
		go handle(id)
	}
	wg.Wait()
	fmt.Println("loaded", loads, "time(s) in", time.Since(begin).Round(10*time.Millisecond))

	s := &server{}
	s.run("a")
	s.run("b")

	var local sync.Once
	for i := range 3 {
		local.Do(func() { fmt.Println("only round", i) })
	}
	greet := sync.OnceFunc(func() { fmt.Println("hello, once") })
	greet()
	greet()
	count := 0
	next := sync.OnceValue(func() int {
		count++
		return count * 10
	})
	fmt.Println(next(), next(), count)
	pair := sync.OnceValues(func() (string, int) { return "answer", 42 })
	word, n := pair()
	again, m := pair()
	fmt.Println(word, n, again, m)
}
