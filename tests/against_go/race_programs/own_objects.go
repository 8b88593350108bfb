package main

import (
	"fmt"
	"sync"
)

type Tally struct {
	count int
}

func work(rounds int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	t := &Tally{}
	for i := 0; i < rounds; i++ {
		t.count++
	}
	n := new(int)
	*n = t.count
	out <- *n
}

func main() {
	out := make(chan int, 4)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go work(w*10, out, &wg)
	}
	wg.Wait()
	close(out)
	total := 0
	for n := range out {
		total += n
	}
	fmt.Println(total)
}
