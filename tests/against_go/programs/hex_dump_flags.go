// Looking at bytes the ways fmt offers: a digest spaced out for reading aloud, with 0x for
// pasting into C, cut short by a precision, and numbers with a space for their sign and a
// zero-padded 0x prefix, as a packet dump would show them.
package main

import (
	"crypto/md5"
	"fmt"
)

func main() {
	sum := md5.Sum([]byte("Share memory by communicating."))
	fmt.Printf("plain:   %x\n", sum)
	fmt.Printf("spaced:  % x\n", sum)
	fmt.Printf("upper:   % X\n", sum[:8])
	fmt.Printf("for C:   % #x\n", sum[:4])
	fmt.Printf("once:    %#x\n", sum[:4])
	fmt.Printf("short:   %.4x\n", sum)
	fmt.Printf("padded: [%40x]\n", sum[:6])
	fmt.Printf("left:   [%-20x]\n", sum[:6])
	fmt.Printf("string:  % x | %#X\n", "gopher", "go")

	header := []int{0x45, 0, 0x3c, -1}
	for i, b := range header {
		fmt.Printf("field %d: %#04x %#o % d %+d [%#08X] [% 5d]\n", i, b, b, b, b, b, b)
	}
	fmt.Printf("% d\n", []int{3, -3, 0})
	fmt.Printf("%#x %#x\n", 0, uint32(4294967295))
}
