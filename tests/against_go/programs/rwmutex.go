// Readers share, a writer waits
// Three readers hold the read lock together; the writer gets the lock when they are done.
package main

import (
	"fmt"
	"sync"
	"time"
)

var rw sync.RWMutex
var wg sync.WaitGroup
var log = []string{"start"}

func reader(id int) {
	defer wg.Done()
	rw.RLock()
	fmt.Printf("reader %d sees %v\n", id, log)
	time.Sleep(60 * time.Millisecond)
	rw.RUnlock()
}

func writer() {
	defer wg.Done()
	time.Sleep(10 * time.Millisecond)
	rw.Lock()
	log = append(log, "written")
	fmt.Println("writer appended, log is", log)
	rw.Unlock()
}

func main() {
	start := time.Now()
	wg.Add(4)
	for i := 1; i <= 3; i++ {
		go reader(i)
	}
	go writer()
	wg.Wait()
	fmt.Println("done after", time.Since(start))
}
