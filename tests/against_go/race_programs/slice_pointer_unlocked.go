package main

import (
	"fmt"
	"sync"
)

func record(log *[]string, s string, wg *sync.WaitGroup) {
	defer wg.Done()
	*log = append(*log, s)
}

func main() {
	var log []string
	var wg sync.WaitGroup
	for _, s := range []string{"a", "b", "c"} {
		wg.Add(1)
		go record(&log, s, &wg)
	}
	wg.Wait()
	fmt.Println(len(log) > 0)
}
