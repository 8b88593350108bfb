// Walking a string rune by rune with utf8.DecodeRuneInString, as a tokenizer does, with
// goroutines counting each word's bytes and runes.
package main

import (
	"fmt"
	"sync"
	"unicode/utf8"
)

func main() {
	words := []string{"go", "café", "日本語", ""}
	var mu sync.Mutex
	var wg sync.WaitGroup
	sizes := map[string][2]int{}
	for _, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bytes, runes := 0, 0
			for s := w; len(s) > 0; {
				r, size := utf8.DecodeRuneInString(s)
				_ = r
				bytes += size
				runes++
				s = s[size:]
			}
			mu.Lock()
			sizes[w] = [2]int{bytes, runes}
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, w := range words {
		fmt.Printf("%q: %d bytes, %d runes\n", w, sizes[w][0], sizes[w][1])
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	first, n := utf8.DecodeRuneInString("héllo")
	fmt.Printf("%c %d %U\n", first, n, first)
	for _, r := range []rune{'a', 'é', '日', '🙂', -1, 0x10FFFF + 1} {
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println()
}
