// The builtins print and println, which write on stderr in the runtime's own format, beside
// fmt's on stdout: workers report progress with println while the results go to stdout.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	println("total:", total, "done", true)
	println(1.5, -0.00123, 3.14159265, 0.0, 1e21, float32(2.5))
	print("no", "spaces", 7, "\n")
	println(time.Second, 'x', byte(65), "")
	var err error
	println(err == nil)
	println()
	fmt.Println("stdout:", total)
}
