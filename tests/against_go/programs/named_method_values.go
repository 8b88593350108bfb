package main

import (
	"fmt"
	"strings"
)

type Words []string

func (w Words) String() string { return strings.Join(w, " ") }

type Counter map[string]int

func (c Counter) Inc(k string) { c[k]++ }

type Transform func(string) string

func (t Transform) Then(next Transform) Transform {
	return func(s string) string { return next(t(s)) }
}

func main() {
	w := Words{"go", "is", "fun"}
	fmt.Println(w)
	fmt.Printf("%s|%v|%q\n", w, w, []string(w))
	fmt.Println(fmt.Sprint(w), len(w.String()))
	c := Counter{}
	for _, x := range w {
		c.Inc(x)
		c.Inc("all")
	}
	fmt.Println(c)
	up := Transform(func(s string) string { return strings.ToUpper(s) })
	trim := Transform(func(s string) string { return strings.Trim(s, "!") })
	fmt.Println(trim.Then(up)("!hey!"))
	var stages []Transform
	stages = append(stages, up, trim)
	fmt.Println(len(stages), stages[1]("!x"))
}
