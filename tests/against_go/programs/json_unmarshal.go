package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	Name  string  `json:"name"`
	Price float64 `json:"price"`
}

type Order struct {
	ID     int            `json:"id"`
	Items  []Item         `json:"items"`
	Notes  map[string]int `json:"notes"`
	Owner  *Item          `json:"owner"`
	Paid   bool
	Counts [3]int `json:"counts"`
}

type T struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

func main() {
	items := `[{"name":"pen","price":1.5},{"name":"ink","price":2}]`
	rest := `"notes": {"a": 1, "b": 2}, "owner": {"name": "zoe"}, "paid": true, "unknown": [1,2,{"x":null}], "counts": [4,5]`
	data := []byte(`{"id": 12, "ITEMS": ` + items + `, ` + rest + `}`)
	var o Order
	err := json.Unmarshal(data, &o)
	fmt.Println(err)
	fmt.Printf("%v %+v %v %v\n", o.Items, o.Items[1], o.Owner.Name, o.Counts)
	fmt.Println(o.ID, o.Paid, o.Notes, len(o.Notes))

	var dat map[string]interface{}
	if err := json.Unmarshal([]byte(`{"num":6.13,"strs":["a","b"],"nested":{"ok":true,"nil":null}}`), &dat); err != nil {
		panic(err)
	}
	fmt.Println(dat)
	num := dat["num"].(float64)
	fmt.Println(num)
	strs := dat["strs"].([]interface{})
	str1 := strs[0].(string)
	fmt.Println(str1, len(strs))
	nested := dat["nested"].(map[string]interface{})
	fmt.Println(nested["ok"].(bool), nested["nil"] == nil)

	var anything any
	err = json.Unmarshal([]byte(`[1, "two", false, null, {"k": [3]}]`), &anything)
	fmt.Println(anything, err)
	fmt.Printf("%T\n", anything)

	var t T
	fmt.Println(json.Unmarshal([]byte(`{"name": "x", "age": "old"}`), &t))
	fmt.Println(t.Name, t.Age)
	fmt.Println(json.Unmarshal([]byte(`{"name": 5}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"name": "x", "age": 1.5}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"name": "x"`), &t))
	fmt.Println(json.Unmarshal([]byte(`x`), &t))
	fmt.Println(json.Unmarshal([]byte(`{name: 1}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"a" 1}`), &t))
	fmt.Println(json.Unmarshal([]byte(`{"a": 1 "b"}`), &t))
	fmt.Println(json.Unmarshal([]byte(`[1, 2`), &t))
	fmt.Println(json.Unmarshal([]byte(`[1 2]`), &t))
	fmt.Println(json.Unmarshal([]byte(`tru`), &t))
	fmt.Println(json.Unmarshal([]byte(`trux`), &t))
	fmt.Println(json.Unmarshal([]byte(`01`), &t))
	fmt.Println(json.Unmarshal([]byte(`-x`), &t))
	fmt.Println(json.Unmarshal([]byte(`1.e5`), &t))
	fmt.Println(json.Unmarshal([]byte(`"a\qb"`), &t))
	fmt.Println(json.Unmarshal([]byte(``), &t))
	fmt.Println(json.Unmarshal([]byte(`{}`), t))
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &t))
	var ns []int
	fmt.Println(json.Unmarshal([]byte(`[1,2,"x",4]`), &ns), ns)
	var ip *T
	fmt.Println(json.Unmarshal([]byte(`{}`), ip))
	fmt.Println(json.Valid([]byte(`{"a":[1,2,{"b":null}]}`)), json.Valid([]byte(`{"a":}`)))
	var n int
	fmt.Println(json.Unmarshal([]byte(`300`), &n), n)
	var s string
	fmt.Println(json.Unmarshal([]byte(`"h\u00e9llo \ud83d\ude00 \n"`), &s), s)
	var pt *T
	fmt.Println(json.Unmarshal([]byte(`{"NAME":"up","Age":3}`), &pt), pt.Name, pt.Age)
}
