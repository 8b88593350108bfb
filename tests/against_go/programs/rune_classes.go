// Classes of runes
// Each worker sorts the runes of one line into letters, digits, spaces and punctuation,
// the way Go's unicode package classifies them, and shouts the line back in upper case.
package main

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

type tally struct {
	upper, lower, digits, spaces, punct, other int
	shout                                      string
}

func classify(line string) tally {
	var t tally
	for _, r := range line {
		switch {
		case unicode.IsUpper(r):
			t.upper++
		case unicode.IsLower(r):
			t.lower++
		case unicode.IsDigit(r):
			t.digits++
		case unicode.IsSpace(r):
			t.spaces++
		case unicode.IsPunct(r):
			t.punct++
		default:
			t.other++
		}
		t.shout += string(unicode.ToUpper(r))
	}
	return t
}

func main() {
	lines := []string{
		"Hello, World! 42",
		"Ünïcödé straße: ½ + ¾ = 1¼",
		"Γειά σου Κόσμε; ٣ digits\u00a0nbsp",
		"tab\there\u2028sep — “quoted” ǅ dz",
		"$100 + 5% ~ #tag @me ^_^",
	}
	results := make([]tally, len(lines))
	var wg sync.WaitGroup
	for i, line := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = classify(line)
		}()
	}
	wg.Wait()
	for i, t := range results {
		fmt.Printf("%d: %d upper, %d lower, %d digits, %d spaces, %d punct, %d other\n",
			i, t.upper, t.lower, t.digits, t.spaces, t.punct, t.other)
		fmt.Printf("   %q\n", t.shout)
	}

	for _, r := range []rune{'a', 'Z', 'ß', 'ǅ', 'ÿ', 'µ', 'İ', 'ı', '5', '٣', '_', '$', 0x1E9E, -1, unicode.MaxRune} {
		fmt.Printf("%U %t %t %t %t %c %c\n", r, unicode.IsLetter(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsPunct(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.ToUpper('q'), unicode.ToLower('Q'), unicode.IsSpace('\v'), unicode.IsSpace(0x85))
	fmt.Println(unicode.MaxASCII, unicode.MaxLatin1, unicode.ReplacementChar == '\uFFFD')
	fmt.Println(strings.ToUpper("ᾀ ƛ ǆ ß"), strings.ToLower("İ Ꟊ ǅ ẞ"))
	upper := unicode.ToUpper
	fmt.Printf("%c %c\n", upper('é'), upper('ŉ'))
}
