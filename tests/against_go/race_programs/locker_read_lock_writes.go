package main

import (
	"fmt"
	"sync"
)

func bump(l sync.Locker, n *int, wg *sync.WaitGroup) {
	defer wg.Done()
	l.Lock()
	*n++
	l.Unlock()
}

func main() {
	var rw sync.RWMutex
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go bump(rw.RLocker(), &count, &wg)
	}
	wg.Wait()
	fmt.Println(count > 0)
}
