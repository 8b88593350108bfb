// One function for any lock: a sync.Locker parameter takes a *sync.Mutex, a *sync.RWMutex
// (its writer's lock) or rw.RLocker() (its readers'), and a type of our own with Lock and
// Unlock; the lock it holds is the one locked.
package main

import (
	"fmt"
	"sync"
	"time"
)

type tally struct {
	mu    sync.Locker
	count int
}

func (t *tally) add(n int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.count += n
}

// noisy is a lock of our own: it says when it is taken.
type noisy struct {
	name string
	mu   sync.Mutex
}

func (n *noisy) Lock() {
	n.mu.Lock()
	fmt.Println("lock", n.name)
}

func (n *noisy) Unlock() {
	fmt.Println("unlock", n.name)
	n.mu.Unlock()
}

func bump(l sync.Locker, n *int, times int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < times; i++ {
		l.Lock()
		*n++
		l.Unlock()
	}
}

func main() {
	var m sync.Mutex
	var rw sync.RWMutex
	total, written := 0, 0
	var wg sync.WaitGroup
	for _, l := range []sync.Locker{&m, &m, &m} {
		wg.Add(1)
		go bump(l, &total, 200, &wg)
	}
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go bump(&rw, &written, 150, &wg)
	}
	wg.Wait()
	fmt.Println("total", total, "written", written)

	t := tally{mu: &sync.Mutex{}}
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t.add(i)
		}()
	}
	wg.Wait()
	fmt.Println("tally", t.count)

	var own sync.Locker = &noisy{name: "own"}
	own.Lock()
	own.Unlock()

	// Two readers hold the read lock at once; the writer waits for both.
	readers := rw.RLocker()
	readers.Lock()
	go func() {
		readers.Lock()
		fmt.Println("second reader in")
		time.Sleep(20 * time.Millisecond)
		readers.Unlock()
	}()
	go func() {
		time.Sleep(5 * time.Millisecond)
		rw.Lock()
		fmt.Println("writer in")
		rw.Unlock()
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("first reader out")
	readers.Unlock()
	time.Sleep(30 * time.Millisecond)

	var none sync.Locker
	fmt.Println(none == nil, own != nil)
}
