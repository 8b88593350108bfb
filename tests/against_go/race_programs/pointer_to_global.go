package main

import (
	"fmt"
	"time"
)

var total int

func add(p *int) {
	*p += 5
}

func main() {
	go add(&total)
	go add(&total)
	time.Sleep(10 * time.Millisecond)
	fmt.Println(total)
}
