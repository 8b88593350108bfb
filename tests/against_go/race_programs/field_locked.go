package main

import (
	"fmt"
	"sync"
	"time"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	a.balance += n
	a.mu.Unlock()
}

func main() {
	acct := &Account{}
	for i := 1; i <= 3; i++ {
		go acct.Deposit(i)
	}
	time.Sleep(10 * time.Millisecond)
	acct.mu.Lock()
	fmt.Println(acct.balance)
	acct.mu.Unlock()
}
