// Strings, runes and bytes
// Reversing by runes, upper-casing by bytes, counting vowels and reading digits.
package main

import "fmt"

func countRunes(s string) map[rune]int {
	counts := map[rune]int{}
	for _, r := range s {
		counts[r]++
	}
	return counts
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	fmt.Println(countRunes("hello, wörld"))
	fmt.Println(reverse("héllo"), len("héllo"), len([]rune("héllo")))
	word := "gopher"
	b := []byte(word)
	b[0] = 'G'
	fmt.Println(string(b), word)
	upper := ""
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		upper += string(c)
	}
	fmt.Println(upper)
	vowels := 0
	for _, r := range "programming in go" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	fmt.Println("vowels:", vowels)
	digits := "4711"
	n := 0
	for _, d := range digits {
		n = n*10 + int(d-'0')
	}
	fmt.Println(n + 1)
	var letters []rune
	for r := 'a'; r < 'f'; r++ {
		letters = append(letters, r)
	}
	fmt.Println(string(letters), letters)
	fmt.Printf("%c|%5c|%-3q|%U\n", 'A', 'B', 'C', 0x1F600)
	fmt.Printf("%s %x %X\n", b, "hi", []byte("hi"))
}
