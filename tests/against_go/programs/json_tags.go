package main

import (
	"encoding/json"
	"fmt"
)

type Meta struct {
	Version int    `json:"version"`
	Name    string `json:"name"`
}

type Config struct {
	Meta
	Name    string            `json:"name"`
	Debug   bool              `json:"debug,omitempty"`
	Port    int               `json:",omitempty"`
	Hosts   []string          `json:"hosts,omitempty"`
	Limits  map[string]uint32 `json:"limits,omitempty"`
	Ratio   float32           `json:"ratio,string"`
	Label   string            `json:"label,string"`
	On      bool              `json:",string"`
	Dash    int               `json:"-,"`
	Weird   int               `json:"a\"b"`
	Nothing any               `json:"nothing"`
	Err     error             `json:"err"`
	ptr     *int
	Matrix  [][]int   `json:"matrix"`
	Codes   [3]byte   `json:"codes"`
	Runes   []rune    `json:"runes"`
	Big     uint64    `json:"big"`
	Small   int32     `json:"small"`
	Line    string    `json:"line"`
}

func main() {
	c := Config{
		Meta:   Meta{Version: 2, Name: "hidden by outer"},
		Name:   "svc",
		Ratio:  0.25,
		Label:  "say \"hi\"",
		On:     true,
		Dash:   1,
		Weird:  9,
		Err:    fmt.Errorf("broken"),
		Matrix: [][]int{{1, 2}, {}, nil},
		Codes:  [3]byte{1, 2, 3},
		Runes:  []rune("hé"),
		Big:    18446744073709,
		Small:  -5,
		Line:   "tab\tand\u2028sep and \x01 and é",
	}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)

	var back Config
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Version, back.Matrix, back.Codes, back.Runes, back.Big, back.Small, back.Line == c.Line)
	fmt.Println(back.Ratio, back.Label, back.On, back.Dash, back.Weird)

	type point struct{ X, Y int }
	pts := map[string]*point{"a": {1, 2}, "b": nil}
	b, _ = json.Marshal(pts)
	fmt.Println(string(b))
	var decoded map[string]*point
	fmt.Println(json.Unmarshal(b, &decoded), *decoded["a"], decoded["b"] == nil, len(decoded))

	var list []point
	fmt.Println(json.Unmarshal([]byte(`[{"x":1,"Y":2},{"X":3}]`), &list), list)
	var items []any
	fmt.Println(json.Unmarshal([]byte(` [ 1e3 , -0.5, "\u003cb\u003e" ] `), &items), items)
	out, _ := json.Marshal(items)
	fmt.Println(string(out))
}
