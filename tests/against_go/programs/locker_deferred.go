// A sync.Locker's Unlock deferred or run by another goroutine, whatever gives the Locker:
// a type assertion, rw.RLocker() called again, a function that returns one.
package main

import (
	"fmt"
	"sync"
)

var rw sync.RWMutex

func guard() sync.Locker { return &rw }

func main() {
	var a any = &rw
	func() {
		a.(sync.Locker).Lock()
		defer a.(sync.Locker).Unlock()
		fmt.Println("writing")
	}()
	func() {
		rw.RLocker().Lock()
		defer rw.RLocker().Unlock()
		fmt.Println("reading")
	}()
	func() {
		guard().Lock()
		defer guard().Unlock()
		fmt.Println("guarded")
	}()
	var wg sync.WaitGroup
	l := guard()
	l.Lock()
	wg.Add(1)
	go func() {
		defer wg.Done()
		l.Lock()
		fmt.Println("second, after the first let go")
		l.Unlock()
	}()
	fmt.Println("first")
	go l.Unlock()
	wg.Wait()
	var none sync.Locker
	defer fmt.Println("deferred before the panic")
	none.Lock()
}
