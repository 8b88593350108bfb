package main

import (
	"fmt"
	"sync"
)

type Inventory map[string]int

func (inv Inventory) Total() int {
	sum := 0
	for _, n := range inv {
		sum += n
	}
	return sum
}

type Store struct {
	mu    sync.Mutex
	stock Inventory
}

func (s *Store) Add(item string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stock[item] += n
}

func main() {
	s := &Store{stock: make(Inventory)}
	var wg sync.WaitGroup
	for _, item := range []string{"apple", "pear", "apple", "fig"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Add(item, 2)
		}()
	}
	wg.Wait()
	fmt.Println(s.stock, s.stock.Total(), len(s.stock))
	inv := Inventory{"nut": 1}
	inv["bolt"] = 4
	n, ok := inv["nut"]
	fmt.Println(n, ok)
	delete(inv, "nut")
	fmt.Printf("%v %T\n", inv, inv)
	m := map[string]int(inv)
	fmt.Println(m)
}
