package main

import "fmt"

// split names its results; a closure sets one of them before the bare return.
func split(total int) (low, high int) {
	low = total / 3
	raise := func() { high = total - low }
	raise()
	return
}

func describe(n int) (kind string, even bool) {
	even = n%2 == 0
	if n < 0 {
		kind = "negative"
		return
	}
	return "natural", even
}

func counted() (n int) {
	for i := 0; i < 4; i++ {
		n += i
	}
	return
}

func main() {
	a, b := split(10)
	fmt.Println(a, b)
	k, e := describe(-3)
	fmt.Println(k, e)
	k, e = describe(8)
	fmt.Println(k, e, counted())
}
