// A string's runes by their code points: `%U` gives U+XXXX, `%#U` adds the character when
// it prints (a tab does not), padded by runes to a width, left or right.
package main

import "fmt"

func main() {
	for i, r := range "aสวัส\t€😀" {
		fmt.Printf("%d %#U %U|%#12U|%-#10U|\n", i, r, r, r, r)
	}
	fmt.Printf("%#U %#U %#U\n", 'x', 0x0e01, -1)
	var b byte = 'A'
	fmt.Printf("%#U %U\n", b, 65)
}
