package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID    int    `json:"id"`
	Input string `json:"input"`
}

type Result struct {
	JobID  int      `json:"job_id"`
	Upper  string   `json:"upper"`
	Words  []string `json:"words,omitempty"`
	Worker int      `json:"worker"`
}

type Summary struct {
	Count int      `json:"count"`
	Lines []string `json:"lines"`
}

func worker(id int, jobs <-chan []byte, results chan<- []byte, wg *sync.WaitGroup) {
	defer wg.Done()
	for raw := range jobs {
		var j Job
		if err := json.Unmarshal(raw, &j); err != nil {
			msg, _ := json.Marshal(map[string]string{"error": err.Error()})
			results <- msg
			continue
		}
		r := Result{JobID: j.ID, Upper: strings.ToUpper(j.Input), Words: strings.Fields(j.Input), Worker: id}
		out, _ := json.Marshal(r)
		results <- out
	}
}

func main() {
	inputs := []string{
		`{"id": 1, "input": "hello world"}`,
		`{"id": 2, "input": ""}`,
		`{"id": 3, "input": "go runs <fast> & well"}`,
		`{"id": "four"}`,
		`{"id": 5, "input": "five"`,
	}
	jobs := make(chan []byte)
	results := make(chan []byte, len(inputs))
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for _, in := range inputs {
		jobs <- []byte(in)
	}
	close(jobs)
	wg.Wait()
	close(results)

	var lines []string
	for b := range results {
		var r map[string]any
		json.Unmarshal(b, &r)
		delete(r, "worker")
		again, _ := json.Marshal(r)
		lines = append(lines, string(again))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	summary, _ := json.MarshalIndent(Summary{Count: len(lines), Lines: lines[:2]}, "", "    ")
	fmt.Println(string(summary))
}
