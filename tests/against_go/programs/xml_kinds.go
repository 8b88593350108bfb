// The kinds of values encoding/xml writes and reads: interfaces, named and sized numbers,
// arrays, pointers in slices, mixed character data, a generic type's name, embedded fields
// a shallower one hides, a recursive tree; and strconv's errors for numbers out of range.
package main

import (
	"encoding/xml"
	"fmt"
)

type Color string

type Pair[T any] struct {
	A, B T
}

type Inner struct {
	XMLName xml.Name `xml:"inner"`
	V       int      `xml:"v"`
}

type Holder struct {
	Any    any
	Anys   []any `xml:"item"`
	Col    Color `xml:"color,attr"`
	Cols   []Color
	I32    int32
	I64    int64 `xml:",attr"`
	U32    uint32
	U64    uint64
	R      rune
	By     byte
	F32    float32
	Arr    [2]string
	Ptrs   []*int
	Nested Inner
	Name   xml.Name
	Mixed  Mixed
	Opt    *Base `xml:"opt,omitempty"`
	E      struct{} `xml:"empty"`
}

type Mixed struct {
	Text string `xml:",chardata"`
	B    string `xml:"b"`
	N    int    `xml:",chardata"`
}

type Base struct {
	ID   int    `xml:"id"`
	Name string `xml:"name"`
}

type Derived struct {
	Base
	Name string `xml:"name"`
}

type Tree struct {
	Value int     `xml:"value,attr"`
	Kids  []*Tree `xml:"tree"`
}

const holderDoc = `<Holder color="blue" I64="12"><Any><v>1</v></Any><item>3</item>` +
	`<Cols>c</Cols><Cols>d</Cols><I32>-5</I32><U32>8</U32><U64>10</U64>` +
	`<R>65</R><By>66</By><F32>2.5</F32><Ptrs>7</Ptrs><inner><v>11</v>` +
	`</inner><Name>ignored</Name><Mixed>a<b>c</b>d</Mixed><opt><id>12</id>` +
	`</opt></Holder>`

func main() {
	x, y := 1, 2
	h := Holder{Any: Inner{V: 5}, Anys: []any{1, "two", Inner{V: 3}, nil}, Col: "red", Cols: []Color{"a", "b"},
		I32: -3, I64: 1 << 40, U32: 7, U64: 9, R: 'x', By: 'y', F32: 1.1, Arr: [2]string{"p", "q"}, Ptrs: []*int{&x, nil, &y},
		Nested: Inner{V: 9}, Name: xml.Name{Space: "s", Local: "l"}, Mixed: Mixed{Text: "hi", B: "bold", N: 3}}
	b, err := xml.MarshalIndent(h, "", "  ")
	fmt.Println(string(b), err)
	fmt.Println(h.Col, len(h.Anys))
	b, err = xml.Marshal(Pair[int]{1, 2})
	fmt.Println(string(b), err)
	b, err = xml.Marshal(Derived{Base: Base{ID: 1, Name: "base"}, Name: "derived"})
	fmt.Println(string(b), err)
	var d Derived
	err = xml.Unmarshal([]byte(`<Derived><id>4</id><name>n</name></Derived>`), &d)
	fmt.Printf("%+v %v\n", d, err)
	t := &Tree{Value: 1, Kids: []*Tree{{Value: 2}, {Value: 3, Kids: []*Tree{{Value: 4}}}}}
	b, err = xml.MarshalIndent(t, "", " ")
	fmt.Println(string(b), err)
	var t2 Tree
	err = xml.Unmarshal(b, &t2)
	fmt.Println(t2.Value, len(t2.Kids), t2.Kids[1].Kids[0].Value, err)
	var h2 Holder
	err = xml.Unmarshal([]byte(holderDoc), &h2)
	fmt.Println(err)
	fmt.Printf("%v %v %v %v %v %v %v %v %v %v %v %v %v %v %v %v\n", h2.Col, h2.I64, h2.Any, h2.Anys, h2.Cols, h2.I32, h2.U32, h2.U64, h2.R, h2.By, h2.F32, h2.Arr, *h2.Ptrs[0], h2.Nested, h2.Name, h2.Opt.ID)
	fmt.Printf("%+v %v\n", h2.Mixed, err)
	err = xml.Unmarshal([]byte(`<Holder><Nested><v>1</v></Nested></Holder>`), &h2)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<Holder><By>300</By></Holder>`), &h2)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<Holder><U32>-1</U32></Holder>`), &h2)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<Holder><R>99999999999</R></Holder>`), &h2)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<Holder><F32>1e50</F32></Holder>`), &h2)
	fmt.Println(err)
	err = xml.Unmarshal([]byte(`<Holder><I32></I32><F32> </F32></Holder>`), &h2)
	fmt.Println(h2.I32, h2.F32, err)
	var m map[string]int
	err = xml.Unmarshal([]byte(`<m/>`), &m)
	fmt.Println(len(m), err)
}
