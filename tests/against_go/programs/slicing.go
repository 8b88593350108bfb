package main

import "fmt"

// total sums one part of the readings in a goroutine of its own.
func total(part []int, out chan int) {
	sum := 0
	for _, v := range part {
		sum += v
	}
	out <- sum
}

func main() {
	readings := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(readings[2:5], readings[:3], readings[6:], len(readings[1:4]))
	word := "syncscope"
	fmt.Println(word[:4], word[4:], word[2:6])
	out := make(chan int)
	half := len(readings) / 2
	go total(readings[:half], out)
	go total(readings[half:], out)
	first, second := <-out, <-out
	fmt.Println(first+second, first == 9 || second == 9)
	fmt.Println(readings[1:3][1:])
}
