// An iterator that ignores yield's answer: Go stops the program at the next yield after the
// loop's body said no more, with a runtime error.
package main

import "fmt"

// readings yields every reading, whatever its caller says.
func readings(values []int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for _, v := range values {
			yield(v)
		}
	}
}

func firstAbove(values []int, limit int) int {
	for v := range readings(values) {
		if v > limit {
			return v
		}
	}
	return -1
}

func main() {
	fmt.Println(firstAbove([]int{3, 8}, 10))
	fmt.Println(firstAbove([]int{3, 12}, 10))
	fmt.Println(firstAbove([]int{3, 12, 15}, 10))
	fmt.Println("not reached")
}
