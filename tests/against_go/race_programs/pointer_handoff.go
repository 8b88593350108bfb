package main

import "fmt"

type Order struct {
	item  string
	total int
}

func main() {
	orders := make(chan *Order)
	done := make(chan bool)
	go func() {
		for o := range orders {
			o.total *= 2
			fmt.Println(o.item, o.total)
		}
		done <- true
	}()
	for _, name := range []string{"tea", "cake"} {
		o := &Order{item: name, total: 3}
		orders <- o
	}
	close(orders)
	<-done
}
