package main

import (
	"fmt"
	"time"
)

type Meter struct {
	reading int
}

func main() {
	m := &Meter{}
	go func() {
		m.reading = 7
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(m.reading)
}
