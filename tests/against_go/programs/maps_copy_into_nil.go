// maps.Copy into a nil map panics, as a write to a nil map does.
package main

import (
	"fmt"
	"maps"
)

func main() {
	src := map[string]int{"a": 1}
	var dst map[string]int
	fmt.Println("copying")
	maps.Copy(dst, src)
	fmt.Println("not reached")
}
