// Command script runs goroutines from scripts given on the command line, the way syncscope's
// differential tests describe them, and reports what real Go did: every lock acquisition in
// the order it happened, the run's total time and the results left in the slice.
//
// Each argument is one goroutine's script, words separated by spaces:
//
//	sleep:MS  append:MS  read:MS  lock:NAME  unlock:NAME  rlock:NAME  runlock:NAME
//	add:N  done  wait
//
// main calls wg.Add(1) and starts each goroutine in turn, then waits in wg.Wait(), as the
// tutorials' program does, and with -main-reads spends that long reading the results. With
// -rw the named locks are sync.RWMutex, else sync.Mutex.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type step struct {
	op  string
	arg string
	ms  time.Duration
	n   int
}

var (
	start   time.Time
	wg      sync.WaitGroup
	results []string
	mutexes = map[string]*sync.Mutex{}
	rws     = map[string]*sync.RWMutex{}
	// Stamps are written through an atomic index: stamping never blocks, so it cannot change
	// the order it records.
	stamps  [1 << 16]string
	stamped int64
)

func stamp(format string, args ...interface{}) {
	at := atomic.AddInt64(&stamped, 1) - 1
	stamps[at] = fmt.Sprintf(format, args...)
}

func parse(script string) ([]step, error) {
	var steps []step
	for _, word := range strings.Fields(script) {
		op, arg, _ := strings.Cut(word, ":")
		s := step{op: op, arg: arg}
		switch op {
		case "sleep", "append", "read":
			ms, err := strconv.Atoi(arg)
			if err != nil {
				return nil, fmt.Errorf("%s needs milliseconds: %q", op, word)
			}
			s.ms = time.Duration(ms) * time.Millisecond
		case "add":
			n, err := strconv.Atoi(arg)
			if err != nil {
				return nil, fmt.Errorf("add needs a number: %q", word)
			}
			s.n = n
		case "lock", "unlock", "rlock", "runlock", "done", "wait":
		default:
			return nil, fmt.Errorf("unknown step %q", word)
		}
		steps = append(steps, s)
	}
	return steps, nil
}

func run(id int, steps []step, rw bool) {
	for _, s := range steps {
		switch s.op {
		case "sleep", "read":
			time.Sleep(s.ms)
		case "append":
			n := len(results)
			time.Sleep(s.ms)
			results = append(results[:n], fmt.Sprint("id", id))
		case "lock":
			if rw {
				rws[s.arg].Lock()
			} else {
				mutexes[s.arg].Lock()
			}
			stamp("g%d w %s", id, s.arg)
		case "unlock":
			if rw {
				rws[s.arg].Unlock()
			} else {
				mutexes[s.arg].Unlock()
			}
		case "rlock":
			rws[s.arg].RLock()
			stamp("g%d r %s", id, s.arg)
		case "runlock":
			rws[s.arg].RUnlock()
		case "add":
			wg.Add(s.n)
		case "done":
			wg.Done()
		case "wait":
			wg.Wait()
		}
	}
}

func main() {
	rw := flag.Bool("rw", false, "the locks are RWMutexes")
	mainReads := flag.Int("main-reads", 0, "milliseconds main reads the results after Wait")
	flag.Parse()
	var scripts [][]step
	for _, arg := range flag.Args() {
		steps, err := parse(arg)
		if err != nil {
			fmt.Fprintln(os.Stderr, "script:", err)
			os.Exit(64)
		}
		for _, s := range steps {
			switch s.op {
			case "lock", "unlock", "rlock", "runlock":
				mutexes[s.arg] = new(sync.Mutex)
				rws[s.arg] = new(sync.RWMutex)
			}
		}
		scripts = append(scripts, steps)
	}
	start = time.Now()
	for i, steps := range scripts {
		wg.Add(1)
		go run(i+1, steps, *rw)
	}
	wg.Wait()
	_ = len(results)
	time.Sleep(time.Duration(*mainReads) * time.Millisecond)
	total := time.Since(start)
	for _, s := range stamps[:atomic.LoadInt64(&stamped)] {
		fmt.Println("acquire", s)
	}
	fmt.Printf("total %.3f\n", float64(total)/float64(time.Millisecond))
	fmt.Println("results", len(results))
}
