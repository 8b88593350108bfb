// Workers turning orders into XML while the main goroutine gathers them: each worker
// reads an order from XML, prices it and writes a receipt back as XML.
package main

import (
	"encoding/xml"
	"fmt"
	"sort"
	"sync"
)

type Order struct {
	XMLName xml.Name `xml:"order"`
	ID      int      `xml:"id,attr"`
	Items   []Item   `xml:"item"`
}

type Item struct {
	Name  string  `xml:"name,attr"`
	Qty   int     `xml:"qty,attr"`
	Price float64 `xml:",chardata"`
}

type Receipt struct {
	XMLName xml.Name `xml:"receipt"`
	Order   int      `xml:"order,attr"`
	Worker  int      `xml:"worker,attr"`
	Lines   int      `xml:"summary>lines"`
	Total   float64  `xml:"summary>total"`
}

func worker(id int, orders <-chan []byte, receipts chan<- Receipt, wg *sync.WaitGroup) {
	defer wg.Done()
	for raw := range orders {
		var o Order
		if err := xml.Unmarshal(raw, &o); err != nil {
			fmt.Println("a worker could not read an order:", err)
			continue
		}
		r := Receipt{Order: o.ID, Worker: id, Lines: len(o.Items)}
		for _, it := range o.Items {
			r.Total += float64(it.Qty) * it.Price
		}
		receipts <- r
	}
}

func main() {
	orders := make(chan []byte)
	receipts := make(chan Receipt)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, orders, receipts, &wg)
	}
	go func() {
		for i := 1; i <= 6; i++ {
			o := Order{ID: i}
			for k := 1; k <= i%3+1; k++ {
				o.Items = append(o.Items, Item{Name: fmt.Sprintf("part-%d", k), Qty: k, Price: 1.25 * float64(i)})
			}
			b, _ := xml.Marshal(o)
			orders <- b
		}
		orders <- []byte("<order id=\"7\"><item>")
		close(orders)
		wg.Wait()
		close(receipts)
	}()
	var all []Receipt
	for r := range receipts {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Order < all[j].Order })
	for _, r := range all {
		r.Worker = 0
		b, err := xml.MarshalIndent(r, "", "  ")
		fmt.Println(string(b), err)
	}
}
