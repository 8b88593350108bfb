package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	match, _ := regexp.MatchString("p([a-z]+)ch", "peach")
	fmt.Println(match)
	r, _ := regexp.Compile("p([a-z]+)ch")
	fmt.Println(r.MatchString("peach"))
	fmt.Println(r.FindString("peach punch"))
	fmt.Println("idx:", r.FindStringIndex("peach punch"))
	fmt.Println(r.FindStringSubmatch("peach punch"))
	fmt.Println(r.FindStringSubmatchIndex("peach punch"))
	fmt.Println(r.FindAllString("peach punch pinch", -1))
	fmt.Println("all:", r.FindAllStringSubmatchIndex("peach punch pinch", -1))
	fmt.Println(r.FindAllString("peach punch pinch", 2))
	fmt.Println(r.Match([]byte("peach")))
	r = regexp.MustCompile("p([a-z]+)ch")
	fmt.Println("regexp:", r)
	fmt.Println(r.ReplaceAllString("a peach", "<fruit>"))
	in := []byte("a peach")
	out := r.ReplaceAllFunc(in, bytes.ToUpper)
	fmt.Println(string(out))
	a := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", a.FindAllString("baaac", -1))
	fmt.Println(a.ReplaceAllString("baaac", "<$0>"))
	fmt.Printf("%q\n", a.Split("baaac", -1))
	fmt.Println(a.FindAllStringIndex("baaac", -1))
	date := regexp.MustCompile(`(?P<year>\d{4})-(?<month>\d\d)-(\d\d)`)
	fmt.Println(date.SubexpNames(), len(date.SubexpNames()), date.NumSubexp(), date.SubexpIndex("month"))
	fmt.Println(date.ReplaceAllString("on 2024-03-15 and 1999-12-31", "${month}/$3/$year $1x ${1}x $$ $"))
	fmt.Println(date.FindAllStringSubmatch("on 2024-03-15 and 1999-12-31", -1))
	fmt.Println(date.FindStringSubmatch("no date"), date.FindStringSubmatch("no date") == nil)
	fmt.Println(date.FindAllString("none", -1) == nil, date.FindStringIndex("x") == nil)
	w := regexp.MustCompile(`\w+`)
	fmt.Println(w.FindAllString("héllo wörld_1 ٣", -1))
	fmt.Println(w.ReplaceAllStringFunc("go is fun", strings.ToUpper))
	s := regexp.MustCompile(`\s*,\s*`)
	fmt.Printf("%q\n", s.Split("a , b,c ,  d", -1))
	fmt.Printf("%q\n", s.Split("a , b,c ,  d", 2))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axbxxc", -1))
	fmt.Println(regexp.QuoteMeta("1.5+2=[x]"))
	opt := regexp.MustCompile(`(a)(b)?`)
	fmt.Println(opt.FindStringSubmatchIndex("a"), len(opt.FindStringSubmatch("a")[2]))
	fmt.Println(regexp.MustCompile(`\bgo\b`).FindAllStringIndex("go gopher ago go", -1))
	fmt.Println(regexp.MustCompile(`(?i)héllo`).MatchString("HÉLLO"), r.String())
	for _, p := range []string{"p([a-z]+ch", "a)", "[a-", "*x", `\q`, "a**", "x{3,2}", "[z-a]", `(a)\1`, "(?=x)", "x{1001}"} {
		_, err := regexp.Compile(p)
		fmt.Println(err)
	}
	_, err := regexp.MatchString("(", "x")
	fmt.Println(err)
}
