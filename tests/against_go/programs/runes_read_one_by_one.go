// Counts the runes of a file by their UTF-8 length, reading one rune at a time with
// bufio.Reader.ReadRune, as a text-statistics exercise does; a bad byte is one U+FFFD.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"unicode"
)

func main() {
	path := filepath.Join(os.TempDir(), "runes.txt")
	text := []byte("Go 🐹 gophers: naïve café, 世界!\n")
	text = append(text, 0xff, 'x')
	if err := os.WriteFile(path, text, 0o644); err != nil {
		fmt.Println(err)
		return
	}
	defer os.Remove(path)
	f, err := os.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()

	in := bufio.NewReader(f)
	var sizes [utf8Max + 1]int
	letters, invalid := 0, 0
	for {
		r, n, err := in.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		if r == unicode.ReplacementChar && n == 1 {
			invalid++
			continue
		}
		if unicode.IsLetter(r) {
			letters++
		}
		sizes[n]++
	}
	fmt.Println("letters:", letters, "invalid:", invalid)
	for n, c := range sizes {
		if n > 0 {
			fmt.Printf("%d byte(s)\t%d\n", n, c)
		}
	}
	r, n, err := in.ReadRune()
	fmt.Println(r, n, err)
}

const utf8Max = 4
