package main

import "fmt"

// divmod gives two results; swap and the Lucas numbers assign several at once.
func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func label(n int) (string, bool) {
	if n%2 == 0 {
		return "even", true
	}
	return "odd", false
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	a, b := 2, 1
	for i := 0; i < 6; i++ {
		fmt.Print(a, " ")
		a, b = b, a+b
	}
	fmt.Println()
	x, y := "left", "right"
	x, y = y, x
	fmt.Println(x, y)
	name, even := label(7)
	fmt.Println(name, even)
	_, even = label(4)
	fmt.Println(even)
	c := make(chan int, 2)
	c <- 40
	c <- 2
	u, v := <-c, <-c
	fmt.Println(u + v)
}
