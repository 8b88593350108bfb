package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Runes, bytes and declared integer types are in cmp.Ordered: slices.Sort, slices.Max and a
// generic function constrained by it take them.
type score uint8

func biggest[T cmp.Ordered](xs ...T) T { return slices.Max(xs) }

func main() {
	rs := []rune("hello")
	slices.Sort(rs)
	bs := []byte("zyx")
	scores := []score{7, 3, 9}
	slices.Sort(scores)
	fmt.Println(string(rs), slices.Max(bs), slices.Min(scores), scores)
	fmt.Println(biggest(score(3), 9), cmp.Compare(score(1), 2), biggest('a', 'b'))
}
