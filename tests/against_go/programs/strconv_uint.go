package main

import (
	"fmt"
	"math"
	"strconv"
)

// Sizes and counters read from text, as a file-transfer tool reads them: never negative.
func main() {
	for _, in := range []string{"0", "42", "-1", "+7", "", "1_000", "0x_ff", "0b101", "0o17", "017", "9223372036854775807", "12a"} {
		n, err := strconv.ParseUint(in, 0, 64)
		fmt.Println(n, err)
	}
	for _, bits := range []int{1, 8, 16, 32, 63} {
		n, err := strconv.ParseUint("300", 10, bits)
		fmt.Println(bits, n, err)
		n, err = strconv.ParseUint("ff", 16, bits)
		fmt.Println(bits, n, err)
	}
	n, err := strconv.ParseUint("1_0", 10, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseUint("10", 1, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseUint("-10", 37, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseUint("10", 10, 65)
	fmt.Println(n, err)
	n, err = strconv.ParseUint("zz", 36, 0)
	fmt.Println(n, err, n*2)

	var size uint64 = 1 << 40
	fmt.Println(strconv.FormatUint(size, 10), strconv.FormatUint(size, 2), strconv.FormatUint(size, 16), strconv.FormatUint(255, 36))
	fmt.Println(strconv.FormatUint(math.MaxInt64, 10), strconv.FormatUint(uint64(math.MaxUint32), 16))
}
