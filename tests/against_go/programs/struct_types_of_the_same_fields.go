// Struct types with the same fields: a job written in place goes into a channel of jobs,
// a declared struct converts to another of its fields to get that type's String method,
// and expressions in a message are printed as Go's compiler prints them.
package main

import (
	"fmt"
	"sync"
)

type job struct {
	id   int
	name string
}

type labelled struct {
	id   int
	name string
}

func (l labelled) String() string { return fmt.Sprintf("#%d<%s>", l.id, l.name) }

func describe(j job) string { return labelled(j).String() }

func main() {
	jobs := make(chan job, 3)
	jobs <- struct {
		id   int
		name string
	}{1, "parse"}
	jobs <- job{2, "check"}
	var third job = struct {
		id   int
		name string
	}{id: 3, name: "run"}
	jobs <- third
	close(jobs)

	var mu sync.Mutex
	var wg sync.WaitGroup
	var done []labelled
	for j := range jobs {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			done = append(done, labelled(j))
		})
	}
	wg.Wait()
	total := 0
	for _, d := range done {
		total += d.id
	}
	fmt.Println(len(done), "jobs, ids adding to", total)
	fmt.Println(describe(job{7, "report"}), labelled(third))
	fmt.Printf("%v %+v %T\n", third, job(labelled{4, "x"}), labelled(third))
}
