package main

import (
	"fmt"
	"sync"
)

func main() {
	ages := map[string]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		ages["ann"] = 31
	}()
	go func() {
		defer wg.Done()
		ages["bob"] = 27
	}()
	wg.Wait()
	fmt.Println(len(ages))
}
