// Measurements a lab's goroutines report, printed in scientific notation with the
// upper-case verbs: %E and %G are %e and %g with a capital E.
package main

import (
	"fmt"
	"math"
	"sync"
)

func main() {
	readings := []float64{123400000, 0.000123, 6.02214076e23, -42.5, 1, 0}
	var mu sync.Mutex
	var wg sync.WaitGroup
	lines := make([]string, len(readings))
	for i, r := range readings {
		wg.Add(1)
		go func() {
			defer wg.Done()
			line := fmt.Sprintf("%E|%.2E|%+E|%12.3E|%G|%.3G|%g", r, r, r, r, r, r, r)
			mu.Lock()
			lines[i] = line
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Printf("%E %G %E\n", math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%E %G\n", float32(2.5e-7), float32(1e21))
}
