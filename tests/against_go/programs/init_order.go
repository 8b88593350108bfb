// Init order
// Package variables are set first, then each init in the order of the file, then main.
package main

import "fmt"

var greeting = describe("greeting")
var counts = map[string]int{}
var order []string

func describe(what string) string {
	fmt.Println("setting", what)
	return what + "!"
}

func init() {
	fmt.Println("first init sees", greeting)
	order = append(order, "first")
	counts["init"]++
}

func main() {
	fmt.Println("main after", order, counts["init"])
}

func init() {
	fmt.Println("second init")
	order = append(order, "second")
	counts["init"]++
	defer fmt.Println("deferred in init")
}
