package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Dim struct {
	W int `json:"w"`
	H int `json:"h"`
}

type Box struct {
	Label string  `json:"label"`
	Size  Dim     `json:"size"`
	Max   *int    `json:"max"`
	Owner *string `json:"owner"`
	Dims  []Dim   `json:"dims"`
}

type Shape interface{ Area() float64 }

type Holder struct {
	S Shape `json:"s"`
}

func main() {
	m := map[string]int{"keep": 1, "over": 2}
	err := json.Unmarshal([]byte(`{"over": 20, "new": 3, "new": 4}`), &m)
	fmt.Println(m, err)

	var b Box
	b.Label = "old"
	err = json.Unmarshal([]byte(`{"size": {"w": 2, "h": "tall"}, "max": 7, "owner": "me", "dims": [{"w":1},{"h":2}]}`), &b)
	fmt.Println(err)
	fmt.Println(b.Label, b.Size, *b.Max, *b.Owner, b.Dims)
	out, _ := json.Marshal(b)
	fmt.Println(string(out))

	var h Holder
	fmt.Println(json.Unmarshal([]byte(`{"s": {"x": 1}}`), &h), h.S == nil)
	fmt.Println(json.Unmarshal([]byte(`{"s": null}`), &h), h.S == nil)

	keys := map[string]bool{"<a>": true, "b&c": false}
	out, _ = json.Marshal(keys)
	fmt.Println(string(out))

	var e error = errors.New("x")
	out, err = json.Marshal([]any{e, nil, 1, "s", true, 2.5, []byte("hi"), map[string]any{}})
	fmt.Println(string(out), err)

	var f float64
	fmt.Println(json.Unmarshal([]byte(`1e400`), &f), f)
	var u uint32
	fmt.Println(json.Unmarshal([]byte(`-1`), &u), u)
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8="`), &bs), string(bs))
	fmt.Println(json.Unmarshal([]byte(`"!!"`), &bs))
	var arr [2]string
	fmt.Println(json.Unmarshal([]byte(`["a","b","c"]`), &arr), arr)
	var a any = &Dim{}
	fmt.Println(json.Unmarshal([]byte(`{"w": 5}`), a), a.(*Dim).W)
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	type pair struct {
		A, B int
	}
	var ps map[string]pair
	fmt.Println(json.Unmarshal([]byte(`{"x": {"a": 1, "b": 2}, "y": []}`), &ps), ps)
	p := new(int)
	fmt.Println(json.Unmarshal([]byte(`42`), p), *p)
}
