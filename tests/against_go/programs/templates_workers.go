package main

import (
	"fmt"
	"os"
	"sync"
	"text/template"
)

type Result struct {
	Worker int
	Jobs   []int
	Sum    int
}

const summary = `{{range .}}worker {{.Worker}}: {{len .Jobs}} jobs {{.Jobs}} sum={{.Sum}}{{if gt .Sum 20}} (busy){{end}}
{{end}}{{with index . 0}}first worker summed {{.Sum}}{{end}}
`

func main() {
	jobs := make(chan int)
	results := make([]Result, 3)
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				results[w].Worker = w
				results[w].Jobs = append(results[w].Jobs, j)
				results[w].Sum += j
				mu.Unlock()
			}
		}()
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()

	total := 0
	for _, r := range results {
		total += r.Sum
	}
	t := template.Must(template.New("summary").Parse(summary))
	f, err := os.Create("report.txt")
	if err != nil {
		panic(err)
	}
	if err := t.Execute(f, results); err != nil {
		panic(err)
	}
	f.Close()
	data, _ := os.ReadFile("report.txt")
	fmt.Printf("report has %d lines, total %d\n", countLines(string(data)), total)
	os.Remove("report.txt")

	line := template.Must(template.New("line").Parse("{{.Worker}} done with {{len .Jobs | printf \"%d job(s)\" | len}} letters\n"))
	for w := range results {
		line.Execute(os.Stdout, Result{Worker: w, Jobs: []int{1}})
	}
}

func countLines(s string) int {
	n := 0
	for _, c := range s {
		if c == '\n' {
			n++
		}
	}
	return n
}
