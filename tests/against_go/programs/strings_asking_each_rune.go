package main

import (
	"fmt"
	"strings"
	"unicode"
)

// The strings functions that ask a function of each rune: a closure of the file or one of
// unicode's, passed as a value.
func main() {
	isVowel := func(r rune) bool { return strings.ContainsRune("aeiou", r) }
	fmt.Println(strings.IndexFunc("rhythm and blues", isVowel), strings.IndexFunc("xyz", isVowel))
	fmt.Println(strings.ContainsFunc("héllo", unicode.IsUpper))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q %q\n", strings.TrimLeftFunc("  x  ", unicode.IsSpace), strings.TrimRightFunc("  x  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("", unicode.IsDigit))
	rot := strings.Map(func(r rune) rune {
		if r == ' ' {
			return -1
		}
		return r + 1
	}, "HAL 9000")
	fmt.Println(rot, strings.Map(unicode.ToUpper, "quiet"))
	fmt.Printf("%q\n", strings.TrimFunc("9999", unicode.IsDigit))
}
