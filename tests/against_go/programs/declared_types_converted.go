package main

import (
	"fmt"
	"strings"
)

// Declared types convert as their underlying types do: a string type to and from bytes and
// runes, a number type to another, a method turning its own receiver into a string.

type Celsius float64
type level int
type name string
type raw []byte
type letters []rune
type glyph rune

func (n name) same(other name) bool { return strings.EqualFold(string(n), string(other)) }

func main() {
	c := Celsius(21.5)
	l := level(3)
	n := name("añb")
	g := glyph('z')
	fmt.Println(float64(c)+0.5, int(l)*2, float32(c), int64(l), uint8(l), string(g))

	r := raw(n)
	ls := letters(n)
	back := name(r)
	fmt.Printf("%T %v %T %v %T %q %d %d\n", r, r, ls, ls, back, back, len(r), len(ls))
	fmt.Println(name(ls), string(ls), []byte(back), []rune(n), name(rune(level(66))), string(raw("hi")))
	fmt.Println(n.same("AÑB"), n.same("abc"))
}
