// Deferring a panic, a copy and an exit
// A deferred call of a builtin or of os.Exit has its arguments evaluated at the defer.
package main

import (
	"fmt"
	"os"
)

func cleanup(msg string) {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer panic(msg)
	msg = "changed"
	fmt.Println("cleanup runs", msg)
}

func keep() {
	dst := make([]int, 2)
	src := []int{7, 8}
	defer fmt.Println("after the copy:", dst)
	defer copy(dst, src)
	src[0] = 1
}

func main() {
	cleanup("deferred panic")
	keep()
	defer fmt.Println("not printed")
	code := 4
	defer os.Exit(code)
	code = 9
	fmt.Println("main ends")
}
