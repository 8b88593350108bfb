package main

import "fmt"

// Function values that were never set are nil: printed as <nil>, compared with nil, and a
// call of one panics.
type hook func(string) string

type service struct {
	onStop func()
	filter hook
}

func main() {
	var svc service
	var plain func(int) int
	fmt.Println(svc.onStop == nil, svc.filter == nil, plain)
	fmt.Printf("%v %v\n", svc.filter, svc.onStop)
	svc.filter = func(s string) string { return "[" + s + "]" }
	fmt.Println(svc.filter("x"), svc.filter != nil)
	hooks := make([]hook, 2)
	fmt.Println(hooks[1] == nil, hooks)
	defer func() { fmt.Println("recovered:", recover()) }()
	svc.onStop()
}
