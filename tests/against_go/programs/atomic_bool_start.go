// Starting a server once with atomic.Bool
// Several goroutines try to start the same server: CompareAndSwap(false, true) lets exactly
// one of them in, without a lock. The flag and the counters are fields of the server.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type server struct {
	started atomic.Bool
	served  atomic.Int64
	turned  atomic.Int32
	starts  int
}

func (s *server) start(who int) {
	if !s.started.CompareAndSwap(false, true) {
		s.turned.Add(1)
		return
	}
	s.starts++
	fmt.Println("worker", who, "started the server")
}

func main() {
	s := &server{}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			time.Sleep(time.Duration(4-i) * time.Millisecond)
			s.start(i)
			s.served.Add(1)
		})
	}
	wg.Wait()
	fmt.Println("started:", s.started.Load(), "starts:", s.starts, "served:", s.served.Load())
	fmt.Println("taking the count:", s.served.Swap(0), "left:", s.served.Load())
	fmt.Printf("stopping: %t, then %v\n", s.started.Swap(false), s.started.Load())
	// Printed, each atomic is the struct Go declares it as: a Bool and an Int32 hold one
	// field after their noCopy, an Int64 also an align64.
	fmt.Println(s)
}
