// Go's own answers for the unicode functions syncscope runs, over every rune.
//
//	go run tables.go rust > ../src/interp/unicode_tables.rs   the engine's tables (then cargo fmt)
//	go run tables.go                                          what the engine's test compares
package main

import (
	"fmt"
	"os"
	"strings"
	"unicode"
)

var predicates = []struct {
	name string
	is   func(rune) bool
}{
	{"IsUpper", unicode.IsUpper},
	{"IsLower", unicode.IsLower},
	{"IsDigit", unicode.IsDigit},
	{"IsLetter", unicode.IsLetter},
	{"IsSpace", unicode.IsSpace},
	{"IsPunct", unicode.IsPunct},
}

// ranges lists, lo and hi in turn, the runs of runes for which is holds.
func ranges(is func(rune) bool) []rune {
	var out []rune
	for r := rune(0); r <= unicode.MaxRune+1; r++ {
		in := r <= unicode.MaxRune && is(r)
		open := len(out)%2 == 1
		if in && !open {
			out = append(out, r)
		} else if !in && open {
			out = append(out, r-1)
		}
	}
	return out
}

func list(values []rune) string {
	parts := make([]string, len(values))
	for i, v := range values {
		if v < 0 {
			parts[i] = fmt.Sprintf("-0x%X", -v)
		} else {
			parts[i] = fmt.Sprintf("0x%X", v)
		}
	}
	return strings.Join(parts, ", ")
}

func rust() {
	fmt.Println("//! Go 1.26's unicode tables (Unicode " + unicode.Version + "), as `unicode/tables.go` wrote them")
	fmt.Println("//! from Go's own functions: each predicate's runs of runes, lo and hi in turn; Go's")
	fmt.Println("//! `CaseRanges`, lo, hi and the upper, lower and title deltas in turn.")
	fmt.Println()
	for _, p := range predicates {
		rs := ranges(p.is)
		fmt.Printf("pub(super) const %s: [u32; %d] = [%s];\n\n", strings.ToUpper(p.name[2:]), len(rs), list(rs))
	}
	var cases []rune
	for _, c := range unicode.CaseRanges {
		cases = append(cases, rune(c.Lo), rune(c.Hi), c.Delta[0], c.Delta[1], c.Delta[2])
	}
	fmt.Printf("pub(super) const CASE_RANGES: [i32; %d] = [%s];\n", len(cases), list(cases))
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "rust" {
		rust()
		return
	}
	for _, p := range predicates {
		fmt.Println(p.name, list(ranges(p.is)))
	}
	for _, f := range []struct {
		name string
		to   func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}} {
		var changed []rune
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if m := f.to(r); m != r {
				changed = append(changed, r, m)
			}
		}
		fmt.Println(f.name, list(changed))
	}
}
