package main

import (
	"fmt"
	r "math/rand"
	str "strings"
	sy "sync"
	"time"
)

type tally struct {
	mu     sy.Mutex
	counts map[string]int
}

func (t *tally) add(word string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.counts[word]++
}

func main() {
	words := str.Fields("go runs go waits go sleeps")
	t := &tally{counts: map[string]int{}}
	var wg sy.WaitGroup
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * time.Millisecond)
			t.add(str.ToUpper(w))
		}()
	}
	wg.Wait()
	fmt.Println(t.counts["GO"], t.counts["RUNS"], len(t.counts))
	var b str.Builder
	b.WriteString(str.Repeat("-", 3))
	fmt.Println(b.String(), r.Intn(10) < 10)
	strings := []string{"shadow", "ok"}
	fmt.Println(len(strings), strings[1])
}
