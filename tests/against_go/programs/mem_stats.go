// How much did that take? runtime.ReadMemStats before and after: syncscope's numbers are its
// own accounting of the run's memory, not Go's heap, so only what holds for both is printed.
package main

import (
	"fmt"
	"runtime"
)

type record struct {
	id   int
	name string
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	records := make([]record, 0)
	for i := 0; i < 5000; i++ {
		records = append(records, record{id: i, name: fmt.Sprint("r", i)})
	}
	runtime.ReadMemStats(&after)
	grew := after.TotalAlloc - before.TotalAlloc
	fmt.Println(len(records), grew >= 5000*16, after.TotalAlloc >= after.Alloc)
	fmt.Println(after.HeapAlloc > 0, after.Sys >= after.HeapAlloc)
	fmt.Printf("%T %T\n", after.NumGC, after.EnableGC)

	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("collections:", m.NumGC-after.NumGC >= 1)
	fmt.Printf("in use: %v MiB\n", m.Alloc/1024/1024/1024)
}
