package main

// Orders arrive as a stream of JSON values, one after another; a reader goroutine decodes
// them and hands each to the kitchen over a channel.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Order struct {
	Item  string   `json:"item"`
	Qty   int      `json:"qty"`
	Notes []string `json:"notes,omitempty"`
}

const tickets = `{"item":"tea","qty":2} {"item":"cake","qty":1,"notes":["warm"]}
	{"item":"jam"}`

func reader(stream string, out chan<- Order) {
	defer close(out)
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var o Order
		err := dec.Decode(&o)
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Println("reader:", err)
			return
		}
		out <- o
	}
}

func main() {
	r := strings.NewReader("first line\nsecond line\nthird")
	fmt.Println(r.Len(), r.Size())
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(r.Len(), r.Size())

	buf := make([]byte, 4)
	r2 := strings.NewReader("abcdefg")
	for {
		n, err := r2.Read(buf)
		fmt.Println(n, string(buf[:n]), err)
		if err == io.EOF {
			break
		}
	}

	orders := make(chan Order)
	go reader(tickets, orders)
	for o := range orders {
		fmt.Printf("kitchen: %+v\n", o)
	}

	dec := json.NewDecoder(strings.NewReader(tickets))
	for dec.More() {
		var o Order
		if err := dec.Decode(&o); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(o.Item, o.Qty, len(o.Notes))
	}

	bad := json.NewDecoder(strings.NewReader(`{"item":"x"} nope`))
	var a, b Order
	fmt.Println(bad.Decode(&a), a)
	fmt.Println(bad.Decode(&b))
	fmt.Println(bad.Decode(&b))

	cut := json.NewDecoder(strings.NewReader(`[1, 2`))
	var nums []int
	err := cut.Decode(&nums)
	fmt.Println(err, err == io.ErrUnexpectedEOF, nums)

	var m map[string]any
	md := json.NewDecoder(strings.NewReader(`{"a": 1, "b": [true, null]}  `))
	fmt.Println(md.Decode(&m), m)
	fmt.Println(md.Decode(&m), md.More())

	var wrong Order
	typed := json.NewDecoder(strings.NewReader(`{"item": 7, "qty": 1}`))
	fmt.Println(typed.Decode(&wrong), wrong)
	br := bufio.NewReader(strings.NewReader("k=v\nrest"))
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}
