// Goroutines write to a shared io.Writer of our own, guarded by its lock; a deferred
// fmt.Fprintln writes when the function returns.
package main

import (
	"fmt"
	"io"
	"os"
	"sync"
)

type tally struct {
	mu sync.Mutex
	n  int
}

func (t *tally) Write(p []byte) (int, error) {
	t.mu.Lock()
	t.n += len(p)
	t.mu.Unlock()
	return len(p), nil
}

func done(w io.Writer) {
	defer fmt.Fprintln(w, "deferred line")
	fmt.Fprintln(w, "body")
}

func main() {
	t := &tally{}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Fprintf(t, "%d", i*100)
		}()
	}
	wg.Wait()
	fmt.Println(t.n)
	done(os.Stdout)
	var w io.Writer
	fmt.Println(w == nil)
	w = t
	_, isTally := w.(*tally)
	fmt.Println(isTally, w != nil)
}
