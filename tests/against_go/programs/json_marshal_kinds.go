package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int `json:"id"`
	Created string
}

type Person struct {
	Base
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Tags     []string          `json:"tags"`
	Scores   map[string]int    `json:"scores"`
	Home     *Address          `json:"home"`
	Work     *Address          `json:"work,omitempty"`
	Ratio    float64           `json:"ratio"`
	Count    int               `json:"count,string"`
	Raw      []byte            `json:"raw"`
	Extra    any               `json:"extra"`
	Grid     [2]bool           `json:"grid"`
	secret   string
	Nums     map[int]string    `json:"nums"`
}

func main() {
	p := Person{
		Base:   Base{ID: 7, Created: "today"},
		Name:   "Ana <&> \"quoted\"\n",
		Tags:   []string{"a", "b"},
		Scores: map[string]int{"zeta": 1, "alpha": 2},
		Home:   &Address{Street: "Main"},
		Ratio:  0.000000123,
		Count:  42,
		Raw:    []byte("hello"),
		Extra:  map[string]any{"k": []int{1, 2}, "f": 1e21},
		Nums:   map[int]string{10: "ten", 9: "nine"},
		secret: "x",
	}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b))
	for _, x := range []float64{0, -0.0, 1.5, 1e20, 1e21, 1e-6, 1e-7, 123456789.125} {
		b, _ := json.Marshal(x)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	_, err = json.Marshal(math.NaN())
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
	var nilSlice []int
	b, _ = json.Marshal(nilSlice)
	fmt.Println(string(b))
	b, _ = json.Marshal([]int{})
	fmt.Println(string(b))
	b, _ = json.Marshal(nil)
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]any{"a": []any{}, "b": map[string]int{}, "c": []int{1, 2}}, ">", "\t")
	fmt.Println(string(b))
	e := fmt.Errorf("boom")
	b, _ = json.Marshal(e)
	fmt.Println(string(b))
	b, _ = json.Marshal(float32(3.14))
	fmt.Println(string(b))
}
