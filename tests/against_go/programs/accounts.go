package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func NewAccount(b int) *Account {
	return &Account{balance: b}
}

func (a *Account) Move(to *Account, n int) {
	a.mu.Lock()
	a.balance -= n
	a.mu.Unlock()
	to.mu.Lock()
	to.balance += n
	to.mu.Unlock()
}

func main() {
	x, y := NewAccount(100), NewAccount(50)
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			x.Move(y, 3)
			wg.Done()
		}()
		go func() {
			y.Move(x, 1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(x.balance, y.balance)
}
