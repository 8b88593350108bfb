// A timer or ticker variable compares with nil, and a declared one starts nil.
package main

import (
	"fmt"
	"time"
)

func main() {
	var idle *time.Timer
	fmt.Println(idle == nil)
	t := time.NewTimer(time.Second)
	if t != nil {
		fmt.Println("non-nil")
	}
	tk := time.NewTicker(time.Millisecond)
	fmt.Println(tk != nil, tk == nil)
	tk.Stop()
	t.Stop()
}
