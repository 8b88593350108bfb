// A sync.Map of settings updated with CompareAndSwap and CompareAndDelete: comparable values
// swap as expected, a missing key or a value of another type is just "no", and a value of a
// type Go cannot compare (a slice, a map, a struct holding one) panics, as Go's does; only
// reads follow a CompareAndDelete that panicked (Go's map keeps the lock it held).
package main

import (
	"fmt"
	"sync"
)

type limits struct {
	hosts []string
}

func try(what string, f func() bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panicked:", r)
		}
	}()
	fmt.Println(what, f())
}

var settings sync.Map

func main() {
	settings.Store("workers", 4)
	settings.Store("hosts", []string{"a", "b"})
	settings.Store("ports", map[string]int{"http": 80})
	settings.Store("limits", limits{hosts: []string{"a"}})

	try("swap 4 for 8:", func() bool { return settings.CompareAndSwap("workers", 4, 8) })
	try("swap 4 for 16 again:", func() bool { return settings.CompareAndSwap("workers", 4, 16) })
	try("swap a missing key:", func() bool { return settings.CompareAndSwap("missing", []int{1}, 2) })
	try("swap hosts with an int:", func() bool { return settings.CompareAndSwap("hosts", 1, 2) })
	try("swap hosts:", func() bool {
		return settings.CompareAndSwap("hosts", []string{"a", "b"}, []string{"c"})
	})
	try("swap limits:", func() bool { return settings.CompareAndSwap("limits", limits{}, 0) })
	try("delete workers at 4:", func() bool { return settings.CompareAndDelete("workers", 4) })
	try("delete workers at 8:", func() bool { return settings.CompareAndDelete("workers", 8) })

	// Go's CompareAndDelete panics holding the map's lock, so this is the map's last write.
	try("delete ports:", func() bool {
		return settings.CompareAndDelete("ports", map[string]int{"http": 80})
	})
	v, ok := settings.Load("hosts")
	fmt.Println("hosts still", v, ok)
	_, ok = settings.Load("workers")
	fmt.Println("workers still there:", ok)
}
