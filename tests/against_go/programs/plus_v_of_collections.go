// %+v names the fields of structs wherever they are: in slices, arrays, maps and fields.
package main

import "fmt"

type Item struct {
	Name  string
	Price float64
}

type Order struct {
	ID    int
	Items []Item
	Tags  map[string]Item
	Best  *Item
}

type Basket []Item

func main() {
	items := []Item{{"pen", 1.5}, {"ink", 3}}
	fmt.Printf("%+v\n", items)
	fmt.Printf("%+v\n", [2]Item{items[0], items[1]})
	fmt.Printf("%+v\n", map[string]Item{"a": items[0]})
	o := Order{1, items, map[string]Item{"x": items[1]}, &items[0]}
	fmt.Printf("%+v\n", o)
	fmt.Printf("%+v\n", &o)
	fmt.Printf("%+v\n", Basket(items))
	fmt.Printf("%+v\n", [][]Item{items, nil})
	fmt.Printf("%v\n", items)
}
