package main

import (
	"fmt"
	"sync"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

type Celsius float64

type City string

func main() {
	counts := map[Level]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range 9 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			counts[Level(i%3)]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(counts, counts[Warn])
	temps := map[City]Celsius{"Oslo": -3.5, "Rome": 18}
	temps["Lima"] = 22.25
	for _, c := range []City{"Lima", "Oslo", "Rome", "Nowhere"} {
		t, ok := temps[c]
		fmt.Println(c, t, ok)
	}
	fmt.Printf("%v %T\n", temps, temps)
	byName := make(map[City]Level)
	byName["Rome"] = Info
	delete(byName, "Oslo")
	fmt.Println(len(byName), byName)
}
