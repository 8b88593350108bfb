package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var ready int32

func main() {
	data := 0
	go func() {
		data = 42
		atomic.StoreInt32(&ready, 1)
	}()
	time.Sleep(10 * time.Millisecond)
	if atomic.LoadInt32(&ready) == 1 {
		fmt.Println(data)
	}
}
