package main

import (
	"fmt"
	"sync"
)

func main() {
	base := make([]int, 5, 10)
	for i := range base {
		base[i] = i * 10
	}
	shared := base[1:3]
	own := base[1:3:3]
	fmt.Println(len(shared), cap(shared), len(own), cap(own))
	shared = append(shared, 99)
	own = append(own, 77)
	fmt.Println(base, shared, own)

	var arr [6]string
	for i := range arr {
		arr[i] = string(rune('a' + i))
	}
	window := arr[2:4:5]
	fmt.Println(window, len(window), cap(window))

	// Each worker appends to its own capped slice: no worker writes another's elements.
	parts := make([][]int, 3)
	data := []int{1, 2, 3, 4, 5, 6}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := data[w*2 : w*2+2 : w*2+2]
			mine = append(mine, -w)
			parts[w] = mine
		}()
	}
	wg.Wait()
	fmt.Println(parts, data)
	lo, hi, max := 0, 2, 7
	fmt.Println(data[lo:hi:max])
}
