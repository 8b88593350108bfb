// Which variable is which: addresses printed to show what a pointer shares.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	Owner   string
	Balance int
}

type Step struct {
	Name string
	Next *Step
}

func deposit(a *Account, amount int) *Account {
	a.Balance += amount
	return a
}

func bump(n *int) { *n++ }

func main() {
	count := 0
	p := &count
	bump(p)
	fmt.Println("count is", count, "and p points to it:", p == &count)
	fmt.Println("p:", p, "&count:", &count)

	alice := &Account{"alice", 10}
	same := deposit(alice, 5)
	copied := *alice
	fmt.Printf("alice %p, what deposit returned %p, a copy %p\n", alice, same, &copied)
	fmt.Println(alice, same == alice, &copied == alice)

	plan := &Step{"wash", &Step{"rinse", &Step{"dry", nil}}}
	for s := plan; s != nil; s = s.Next {
		fmt.Printf("%-5s at %p, next %v\n", s.Name, s, s.Next)
	}
	fmt.Printf("%+v\n", *plan)

	accounts := []*Account{alice, {"bob", 3}}
	fmt.Println("a slice of pointers:", accounts, len(accounts))
	byName := map[string]*Account{"alice": alice}
	fmt.Println("a map of pointers:", byName)

	var wg sync.WaitGroup
	results := make([]*Account, 3)
	for i := range 3 {
		wg.Go(func() {
			results[i] = &Account{fmt.Sprint("worker", i), i}
		})
	}
	wg.Wait()
	fmt.Println("three workers, three accounts:", results[0] != results[1], results[1] != results[2])
	fmt.Printf("%p %p %p\n", results[0], results[1], results[2])

	var none *Account
	var nothing *int
	fmt.Println(none, nothing, none == nil)
	fmt.Printf("%p %v\n", nothing, nothing)

	tally := []int{1, 2, 3}
	tail := tally[1:]
	fmt.Printf("a slice %p, a slice of it %p, then %p again\n", tally, tail, tally)

	hello := func() {}
	fmt.Printf("a function is its code: %p %p\n", hello, hello)
	ch := make(chan int)
	fmt.Println("a channel prints its address:", ch)
	fmt.Printf("%p\n", ch)
}
