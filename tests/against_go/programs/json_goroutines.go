package main

import (
	"encoding/json"
	"fmt"
	"sync"
)

func main() {
	docs := []string{`{"a": 1}`, `{"b": [true, null]}`, `{"c": {"d": "e"}}`}
	out := make([]string, len(docs))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var m map[string]any
			if err := json.Unmarshal([]byte(d), &m); err != nil {
				out[i] = err.Error()
				return
			}
			m["seen"] = i
			b, _ := json.Marshal(m)
			out[i] = string(b)
		}()
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}
