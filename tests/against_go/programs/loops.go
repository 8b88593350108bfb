// Loops and their exits
// break leaves the loop, continue skips to the next round, and return leaves the function.
package main

import "fmt"

func firstOver(limit int, xs []int) int {
	for i, x := range xs {
		if x > limit {
			return i
		}
	}
	return -1
}

func main() {
	odd := []int{}
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		odd = append(odd, i)
	}
	fmt.Println(odd)
	n := 0
	for {
		n++
		if n*n > 50 {
			break
		}
	}
	fmt.Println(n, firstOver(4, []int{1, 5, 9}), firstOver(100, odd))
	sum := 0
	for _, v := range odd {
		sum += v
	}
	fmt.Println("sum", sum)
}
