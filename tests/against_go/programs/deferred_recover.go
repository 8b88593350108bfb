// Deferring recover itself
// recover deferred directly is not called by a deferred function: the panic goes on.
package main

import "fmt"

func f() {
	defer recover()
	panic("boom")
}

func main() {
	defer fmt.Println("main defer")
	f()
	fmt.Println("after")
}
