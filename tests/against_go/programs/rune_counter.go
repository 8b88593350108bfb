// Counting runes
// A string's length is in bytes; ranging over it gives each rune with the byte it starts at.
package main

import "fmt"

func main() {
	word := "héllo, 世界"
	fmt.Println(len(word), len([]rune(word)), len([]byte(word)))
	for i, r := range word {
		fmt.Println(i, r, string(r))
	}
	counts := map[rune]int{}
	for _, r := range "banana" {
		counts[r]++
	}
	fmt.Println(counts['a'], counts['n'], counts['b'])
	var b byte = 'A'
	b++
	fmt.Println(b, string(b))
	r := 'z'
	fmt.Printf("%c %q %U %d %T %T\n", r, r, r, r, r, b)
	bs := []byte("hi")
	bs = append(bs, '!')
	fmt.Println(bs, string(bs))
	rs := []rune(word)
	rs[0] = 'H'
	fmt.Println(string(rs))
	fmt.Println(word[1], word[0])
	var last byte = 255
	last++
	fmt.Println(last)
	fmt.Printf("%s %x %q\n", bs, bs, bs)
}
