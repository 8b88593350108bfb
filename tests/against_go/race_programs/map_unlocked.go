package main

import (
	"fmt"
	"time"
)

func main() {
	seen := map[string]bool{}
	go func() {
		seen["a"] = true
	}()
	time.Sleep(10 * time.Millisecond)
	seen["b"] = true
	fmt.Println(len(seen))
}
