// A cache whose map is made on first use: printed before and after, compared with nil,
// handed through a channel and decoded from JSON, a nil map prints as map[] as Go's does.
package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"sync"
	"text/template"
)

type Cache struct {
	mu   sync.Mutex
	Hits map[string]int
	Name string
}

func (c *Cache) hit(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.Hits == nil {
		fmt.Println("making the map")
		c.Hits = make(map[string]int)
	}
	c.Hits[k]++
}

var registry map[string]*Cache

func main() {
	fmt.Println(registry, registry == nil, len(registry), registry["a"] == nil)
	c := &Cache{Name: "pages"}
	fmt.Printf("%v %+v %#v\n", c.Hits, c.Hits, c.Hits)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.hit("home")
		}()
	}
	wg.Wait()
	fmt.Println(c.Hits, c.Hits != nil)
	c.Hits = nil
	fmt.Println(c.Hits, c.Hits == nil)

	byName := map[string]map[string]int{"empty": nil, "one": {"x": 1}}
	fmt.Println(byName, byName["empty"] == nil, byName["missing"] == nil)
	var grid [2]map[string]int
	fmt.Println(grid)

	updates := make(chan map[string]int, 1)
	updates <- nil
	got := <-updates
	fmt.Println(got, got == nil, len(got), got["k"])

	var decoded map[string]int
	err := json.Unmarshal([]byte(`null`), &decoded)
	fmt.Println(decoded, decoded == nil, err)
	err = json.Unmarshal([]byte(`{"k": 2}`), &decoded)
	fmt.Println(decoded, decoded == nil, err)
	out, _ := json.Marshal(struct{ Tags map[string]int }{})
	fmt.Println(string(out))

	copied := maps.Clone(registry)
	fmt.Printf("%v %s %d %v\n", copied, copied, copied, copied == nil)
	delete(registry, "x")
	clear(registry)
	report := template.Must(template.New("r").Parse(
		"{{len .Hits}} {{if .Hits}}hits{{else}}no hits{{end}} {{range $k, $v := .Hits}}{{$k}}{{else}}none{{end}}\n"))
	if err := report.Execute(os.Stdout, c); err != nil {
		fmt.Println(err)
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	registry["late"] = c
}
