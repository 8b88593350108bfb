package main

import (
	"fmt"
	"sync"
)

func record(l sync.Locker, log *[]string, s string, wg *sync.WaitGroup) {
	defer wg.Done()
	l.Lock()
	defer l.Unlock()
	*log = append(*log, s)
}

func main() {
	var log []string
	var rw sync.RWMutex
	var writers sync.Locker = &rw
	var wg sync.WaitGroup
	for _, s := range []string{"a", "b", "c"} {
		wg.Add(2)
		go record(writers, &log, s, &wg)
		go record(&rw, &log, s, &wg)
		wg.Wait()
	}
	fmt.Println(len(log))
}
