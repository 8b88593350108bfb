// A word count split across goroutines: the text is scanned word by word
// (bufio.ScanWords), the words handed to counters over a channel, and their counts
// merged under a lock. Runes and bytes are scanned too.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"sync"
)

const text = `the quick brown fox
jumps over  the lazy dog
	the end  `

func main() {
	words := make(chan string)
	go func() {
		sc := bufio.NewScanner(strings.NewReader(text))
		sc.Split(bufio.ScanWords)
		for sc.Scan() {
			words <- sc.Text()
		}
		close(words)
	}()
	counts := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for w := range words {
				mu.Lock()
				counts[w]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, counts[k])
	}
	fmt.Println()

	rs := bufio.NewScanner(strings.NewReader("héllo, 世界"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Println(len(runes), strings.Join(runes, "|"))

	bs := bufio.NewScanner(strings.NewReader("añb"))
	bs.Split(bufio.ScanBytes)
	n := 0
	for bs.Scan() {
		n++
	}
	fmt.Println("bytes:", n)

	ls := bufio.NewScanner(strings.NewReader("one\ntwo\n"))
	ls.Split(bufio.ScanLines)
	for ls.Scan() {
		fmt.Printf("[%s]", ls.Text())
	}
	fmt.Println()
	ls.Split(bufio.ScanWords)
}
