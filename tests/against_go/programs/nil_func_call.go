package main

import "fmt"

type handlers struct {
	onDone func(string)
}

func main() {
	var h handlers
	if h.onDone == nil {
		fmt.Println("no onDone set")
	}
	h.onDone("finished")
}
