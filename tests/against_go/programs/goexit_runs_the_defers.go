package main

// runtime.Goexit ends only the goroutine that calls it: every deferred call on its way out
// runs (a recover there finds no panic), the WaitGroup still hears Done, and a sync.Once
// whose function gave up this way counts as done. A Goexit deferred under a panic ends the
// goroutine quietly.

import (
	"fmt"
	"runtime"
	"sync"
)

var setup sync.Once

func giveUp(who string) {
	defer fmt.Println(who, "- deferred in giveUp, recover() =", recover())
	runtime.Goexit()
	fmt.Println("not reached")
}

func job(id int, wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	defer func() { results <- fmt.Sprint("job ", id, " left") }()
	setup.Do(func() {
		fmt.Println("job", id, "starts the setup and quits inside it")
		runtime.Goexit()
	})
	if id%2 == 1 {
		giveUp(fmt.Sprint("job ", id))
	}
	fmt.Println("job", id, "ran to the end")
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 4)
	for id := range 4 {
		wg.Add(1)
		go job(id, &wg, results)
		wg.Wait()
		fmt.Println(<-results)
	}
	ran := false
	setup.Do(func() { ran = true })
	fmt.Println("setup ran again:", ran, "- goroutines:", runtime.NumGoroutine())

	// A deferred Goexit cuts a panic short: the goroutine ends, the program does not.
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer runtime.Goexit()
		panic("a panic that never reaches main")
	}()
	wg.Wait()
	fmt.Println("main ends normally")
}
