package main

import (
	"fmt"
	"time"
)

func tick(count *int) {
	*count++
}

func main() {
	count := new(int)
	go tick(count)
	go tick(count)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(*count)
}
