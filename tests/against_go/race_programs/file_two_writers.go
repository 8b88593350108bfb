package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	f, err := os.Create("/tmp/gofiles-race-two-writers.txt")
	if err != nil {
		panic(err)
	}
	defer os.Remove(f.Name())
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				fmt.Fprintf(f, "worker %d line %02d\n", w, i)
				f.WriteString("-\n")
			}
		}()
	}
	wg.Wait()
	f.Close()
	data, err := os.ReadFile(f.Name())
	fmt.Println(len(data), err)
}
