// Counting words in parallel
// Each goroutine counts the words of one line into a shared map under a Mutex; main sorts
// the words by count, then alphabetically, and prints a table built with strings.Builder.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

var (
	mu     sync.Mutex
	wg     sync.WaitGroup
	counts = map[string]int{}
)

func countLine(line string) {
	defer wg.Done()
	for _, w := range strings.Fields(line) {
		w = strings.ToLower(strings.Trim(w, ".,;:!?\"'"))
		if w == "" {
			continue
		}
		mu.Lock()
		counts[w]++
		mu.Unlock()
	}
}

func main() {
	text := `It was the best of times, it was the worst of times;
it was the age of wisdom, it was the age of foolishness...
  The END!`
	lines := strings.Split(text, "\n")
	for _, l := range lines {
		wg.Add(1)
		go countLine(strings.TrimSpace(l))
	}
	wg.Wait()
	words := []string{}
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	var sb strings.Builder
	for i, w := range words {
		if i == 5 {
			break
		}
		sb.WriteString(fmt.Sprintf("%-6s %s\n", w, strings.Repeat("*", counts[w])))
	}
	fmt.Print(sb.String())
	fmt.Println(len(words), "words,", sb.Len(), "bytes of table")
	rest := words[5:]
	sort.Strings(rest)
	fmt.Println("the others:", strings.Join(rest, ", "))
	tally := []int{}
	for _, c := range counts {
		tally = append(tally, c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(tally)))
	fmt.Println("counts, most first:", tally)
	sort.Sort(sort.StringSlice(words))
	fmt.Println(words[:3])
}
