// The strings package
// Searching, splitting, trimming and changing strings, each printed as Go prints it.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func main() {
	s := "  Gophers dig tunnels, gophers dig deep.  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "dig"), strings.ContainsAny(t, "xyz"), strings.ContainsRune(t, 'G'))
	fmt.Println(strings.HasPrefix(t, "Go"), strings.HasSuffix(t, "deep."), strings.EqualFold("GoPher", "gopher"))
	fmt.Println(strings.Index(t, "dig"), strings.LastIndex(t, "dig"), strings.Index(t, "cat"), strings.Count(t, "g"))
	fmt.Println(strings.ToUpper(t))
	fmt.Println(strings.ToLower("ÀÉÎ and Straße"))
	fmt.Println(strings.Replace(t, "dig", "DIG", 1))
	fmt.Println(strings.ReplaceAll(t, "gophers", "moles"))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Count("five", ""))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")))
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("añb", ""))
	fmt.Println(strings.Trim("--==hi==--", "-="), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"), strings.TrimPrefix("body", "x"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "", strings.Compare("a", "b"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, " | "), strings.Join([]string{}, ","))
	fmt.Println(len("héllo"), utf8.RuneCountInString("héllo"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		sb.WriteString(strings.Repeat("*", i))
		sb.WriteByte(' ')
		sb.WriteRune('→')
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	fmt.Println(sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
}
