// Three thousand workers, each holding its own state across a long wait: a name, the
// digits of its number, a set of them, a closure over its number and a deferred report.
// Every one parks at a gate that main then opens, tallies under a Mutex, and reports
// what its state still says after the wait.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type report struct {
	id   int
	line string
}

func worker(id int, gate <-chan struct{}, mu *sync.Mutex, tally map[string]int, out chan<- report, wg *sync.WaitGroup) {
	defer wg.Done()
	name := fmt.Sprintf("w%04d", id)
	digits := []int{}
	for n := id; n > 0; n /= 10 {
		digits = append(digits, n%10)
	}
	seen := map[int]bool{}
	for _, d := range digits {
		seen[d] = true
	}
	scale := func(x int) int { return x*id + len(name) }
	var line string
	defer func() { out <- report{id, line} }()
	<-gate
	sum := 0
	for _, d := range digits {
		sum += scale(d)
	}
	mu.Lock()
	tally[strings.ToUpper(name[:2])] += len(seen)
	mu.Unlock()
	line = fmt.Sprintf("%s %d %d %v", name, len(digits), sum, seen[id%10])
}

func main() {
	const workers = 3000
	gate := make(chan struct{})
	out := make(chan report, workers)
	var mu sync.Mutex
	var wg sync.WaitGroup
	tally := map[string]int{}
	for i := 1; i <= workers; i++ {
		wg.Add(1)
		go worker(i, gate, &mu, tally, out, &wg)
	}
	close(gate)
	wg.Wait()
	close(out)
	var lines []string
	total := 0
	for r := range out {
		lines = append(lines, r.line)
		total += r.id
	}
	sort.Strings(lines)
	fmt.Println(len(lines), total, tally["W0"], tally["W1"], tally["W2"], tally["W3"])
	for _, i := range []int{0, 1, 999, 2998, 2999} {
		fmt.Println(lines[i])
	}
	digest := 0
	for _, l := range lines {
		for _, c := range l {
			digest = (digest*31 + int(c)) % 1000003
		}
	}
	fmt.Println("digest", digest)
}
