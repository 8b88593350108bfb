// Pointers to fields: a function increments a struct's counter through &u.logins, goroutines
// add to a field through a pointer under a lock and atomically, and fmt.Sscan fills fields.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type user struct {
	name   string
	logins int
	score  float64
}

type stats struct {
	mu    sync.Mutex
	hits  int
	total int64
}

func increment(n *int) { *n++ }

func rename(s *string, to string) { *s = to }

func addLocked(mu *sync.Mutex, n *int, by int) {
	mu.Lock()
	defer mu.Unlock()
	*n += by
}

func main() {
	bill := user{name: "bill"}
	increment(&bill.logins)
	increment(&bill.logins)
	rename(&bill.name, "William")
	p := &bill.score
	*p = 4.5
	fmt.Printf("%+v %v\n", bill, *p)

	u := &user{name: "ann"}
	increment(&u.logins)
	fmt.Println(u.logins, &u.logins == &u.logins)

	var s stats
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			addLocked(&s.mu, &s.hits, i)
			atomic.AddInt64(&s.total, 2)
		}()
	}
	wg.Wait()
	fmt.Println(s.hits, atomic.LoadInt64(&s.total))
}
