package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
)

type Reading struct {
	Sensor string             `json:"sensor"`
	Values []float64          `json:"values"`
	Notes  map[string]string  `json:"notes,omitempty"`
	Next   *Reading           `json:"next,omitempty"`
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	r := Reading{Sensor: "t<1>", Values: []float64{20.5, 21, 1e-9}}
	if err := enc.Encode(r); err != nil {
		fmt.Println("error:", err)
	}
	enc.SetIndent("// ", "\t")
	r.Next = &Reading{Sensor: "t2", Notes: map[string]string{"z": "last", "a": "first"}}
	enc.Encode(r)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": nil})
	err := enc.Encode(math.Inf(1))
	fmt.Println("after:", err)
	json.NewEncoder(os.Stdout).Encode([]string{"one", "two"})
	errs := json.NewEncoder(os.Stderr)
	errs.Encode(struct{}{})
	fmt.Println("done")
}
