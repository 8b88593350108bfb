// Taking turns with runtime.Gosched
// On one processor a goroutine runs until it blocks or yields. Gosched puts it at the back of
// the run queue, behind everyone ready, so loops that yield take turns.
// Predict: in what order do ping, pong and main print?
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	fmt.Println("goroutines:", runtime.NumGoroutine(), "processors:", runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, name := range []string{"ping", "pong"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 3 {
				fmt.Println(name, i)
				runtime.Gosched()
			}
		}()
	}
	fmt.Println("started:", runtime.NumGoroutine())
	for i := range 2 {
		runtime.Gosched()
		fmt.Println("main", i, "sees", runtime.NumGoroutine())
	}
	wg.Wait()
	fmt.Println("after:", runtime.NumGoroutine())
	prev := runtime.GOMAXPROCS(4)
	fmt.Println("was", prev, "now", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(0)
	runtime.GC()
	fmt.Println("cpus:", runtime.NumCPU() > 0)
}
