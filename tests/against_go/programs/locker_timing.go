// The observer that slows the writers down: a closure taking two sync.Lockers, run with a
// Mutex for both and with an RWMutex's writer and readers' locks.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	producer := func(wg *sync.WaitGroup, l sync.Locker) {
		defer wg.Done()
		for i := 2; i > 0; i-- {
			l.Lock()
			l.Unlock()
			time.Sleep(time.Millisecond)
		}
	}
	observer := func(wg *sync.WaitGroup, l sync.Locker) {
		defer wg.Done()
		l.Lock()
		defer l.Unlock()
		time.Sleep(2 * time.Millisecond)
	}
	test := func(count int, mutex, rwMutex sync.Locker) time.Duration {
		var wg sync.WaitGroup
		wg.Add(count + 1)
		beginTestTime := time.Now()
		go producer(&wg, mutex)
		for i := count; i > 0; i-- {
			go observer(&wg, rwMutex)
		}
		wg.Wait()
		return time.Since(beginTestTime)
	}

	var m sync.RWMutex
	for _, count := range []int{4, 8} {
		shared := test(count, &m, m.RLocker())
		alone := test(count, &m, &m)
		fmt.Println(count, "observers:", shared < alone)
	}
}
