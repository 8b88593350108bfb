// A select whose channels nobody will ever use.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	select {
	case n := <-a:
		fmt.Println(n)
	case s := <-b:
		fmt.Println(s)
	}
}
