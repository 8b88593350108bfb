// A logger shared by workers
// Three workers log when they start and finish, with the time to the microsecond and the
// line that logged; a second logger prints the summary on stdout. Go's log takes a lock for
// each line, so lines never mix.
package main

import (
	"log"
	"os"
	"sync"
	"time"
)

var wg sync.WaitGroup

func worker(id int, d time.Duration) {
	defer wg.Done()
	log.Printf("worker %d starts, %v of work", id, d)
	time.Sleep(d)
	log.Println("worker", id, "done")
}

func main() {
	log.SetFlags(log.LstdFlags | log.Lmicroseconds | log.Lshortfile)
	log.SetPrefix("[pool] ")
	start := time.Now()
	for i, d := range []time.Duration{300, 100, 200} {
		wg.Add(1)
		go worker(i+1, d*time.Millisecond)
	}
	wg.Wait()
	log.SetFlags(log.Ltime | log.Lmsgprefix)
	log.SetPrefix("main: ")
	log.Print("all ", 3, " workers done")
	out := log.New(os.Stdout, "summary: ", 0)
	out.Printf("took %v", time.Since(start).Round(time.Millisecond))
	out.SetPrefix("")
	out.Println("flags", log.Flags(), "prefix", log.Prefix(), out.Flags())
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("now on stdout")
}
