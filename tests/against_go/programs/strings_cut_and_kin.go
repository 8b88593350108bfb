package main

import (
	"fmt"
	"strings"
	"sync"
)

// Go 1.18's strings.Cut and 1.20's CutPrefix and CutSuffix, SplitAfter and ToTitle: workers
// read "key=value" settings and a Mutex guards the map they fill.
func main() {
	lines := []string{"host=example.org", "port=8080", "debug", "v=2=3"}
	settings := map[string]string{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, line := range lines {
		wg.Go(func() {
			key, value, ok := strings.Cut(line, "=")
			if !ok {
				value = "(none)"
			}
			mu.Lock()
			settings[key] = value
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(settings)
	fmt.Println(strings.Cut("no separator", ":"))
	version, had := strings.CutPrefix("v1.26", "v")
	fmt.Println(version, had)
	fmt.Println(strings.CutSuffix("notes.txt", ".md"))
	fmt.Printf("%q %q\n", strings.SplitAfter("a;b;", ";"), strings.SplitAfter("hé", ""))
	fmt.Println(strings.ToTitle("quiet ǆ"))
}
