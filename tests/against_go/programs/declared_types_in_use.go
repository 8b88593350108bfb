package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Declared string and number types used as what they are made of: indexed, sliced, ranged
// over, keyed on, counted with, sorted.

type name string
type level int
type score float64
type names []name

func (ns names) Len() int           { return len(ns) }
func (ns names) Less(i, j int) bool { return ns[i] < ns[j] }
func (ns names) Swap(i, j int)      { ns[i], ns[j] = ns[j], ns[i] }

func main() {
	n := name("bo")
	n += "b"
	fmt.Println(len(n), n+"!", n[0], n[1:], strings.ToUpper(string(n)), n == "bob")
	for i, r := range n {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	m := map[name]level{"x": 1, n: 2}
	fmt.Println(m[n], m["x"], len(m))
	l := level(7)
	l++
	l *= 2
	fmt.Println(l, l%5, -l, l > 10, strconv.Itoa(int(l)), level(3)<<2)
	s := score(2.5)
	s /= 2
	fmt.Printf("%.2f %v %T\n", s, s*4, s)
	ns := names{"cy", "al", "bo"}
	sort.Sort(ns)
	fmt.Println(ns, ns[0])
	var total score
	for _, v := range []score{1, 2, 3.5} {
		total += v
	}
	fmt.Println(total, max(l, 3), min(s, 1))
	for i := range level(3) {
		fmt.Printf("%T %v ", i, i)
	}
	fmt.Println()
}
