// How Go prints things
// Integers, floats, strings, slices, booleans and durations, through Println and Printf.
package main

import (
	"fmt"
	"time"
)

const answer = 42

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func half(x float64) float64 {
	return x / 2
}

func main() {
	fmt.Println(answer, -7/2, -7%2, 7/2.0, fib(15))
	fmt.Println(3.14, 1e21, 0.000001, 100.0, half(5), float32(0.1))
	var small float32 = 2000
	fmt.Println(small*0.75, float64(small)/3)
	fmt.Printf("%d|%5d|%-4d|%s|%q|%v|%t\n", 12, 34, 5, "go", "quoted", []int{1, 2, 3}, true)
	fmt.Printf("%v %v %v %v %v\n", 1500*time.Millisecond, 90*time.Second, time.Duration(0), 2500*time.Microsecond, 3*time.Nanosecond)
	fmt.Printf("%.2f %6.1f %x %%\n", 3.14159, 2.5, 255)
	name := "syncscope"
	fmt.Println(len(name), name+"!", name == "syncscope", name < "t")
	words := []string{}
	for i := 0; i < 3; i++ {
		words = append(words, fmt.Sprintf("w%d", i))
	}
	fmt.Println(words, len(words), words[1])
	fmt.Print("no newline", 1, 2, "\n")
	fmt.Println(time.Duration(1234567), (2 * time.Second).Seconds())
	x := 10
	x -= 3
	x *= 2
	x /= 3
	x %= 3
	fmt.Println(x, !(x > 1) || x == 1 && true)
	if x > 5 {
		fmt.Println("big")
	} else if x > 0 {
		fmt.Println("small")
	} else {
		fmt.Println("none")
	}
	n := 0
	for n < 5 {
		n += 2
	}
	for {
		n--
		if n < 3 {
			break
		}
	}
	fmt.Println(n)
}
