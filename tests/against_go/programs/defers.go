// Deferred calls
// They run when the function returns, the last deferred first, with the arguments they had
// when the defer ran.
package main

import "fmt"


func steps() int {
	x := 1
	defer fmt.Println("deferred with x =", x)
	x = 2
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("returning", x)
	return x * 10
}

func main() {
	fmt.Println("steps gave", steps())
}
