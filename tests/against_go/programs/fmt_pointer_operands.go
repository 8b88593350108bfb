// Workers borrow scratch buffers from a sync.Pool as *[]string, and a job list links jobs by
// pointers: fmt prints a pointer to a slice as & and the slice at the top, and a nil pointer
// under a verb it does not fit with Go's mark naming its type.
package main

import (
	"fmt"
	"sync"
)

type Job struct {
	Name string
	Next *Job
	Deps []*Job
}

type Stack []int

func (s *Stack) push(v int) { *s = append(*s, v) }

func main() {
	pool := sync.Pool{New: func() any {
		buf := make([]string, 0, 4)
		return &buf
	}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bp := pool.Get().(*[]string)
			*bp = append((*bp)[:0], "one")
			mu.Lock()
			fmt.Printf("%+v %v %q %T\n", bp, bp, bp, bp)
			mu.Unlock()
			pool.Put(bp)
		}()
	}
	wg.Wait()

	got := pool.Get()
	fmt.Println(got != nil)
	words := []string{"a", "b"}
	fmt.Println(&words)
	fmt.Printf("%v|%6v|%-3v|%#v|%d\n", &words, &words, &words, &words, &words)
	var st Stack
	st.push(1)
	st.push(2)
	fmt.Printf("%v %T\n", &st, &st)
	jobs := []Job{{Name: "build"}}
	fmt.Printf("%+v\n", &jobs)

	j := Job{Name: "test"}
	fmt.Printf("%s\n", j.Next)
	fmt.Printf("%s\n", j)
	fmt.Printf("%v %+v\n", j, j)
	fmt.Printf("%d %x %q [%8s]\n", j.Next, j.Next, j.Next, j.Next)
	j.Deps = []*Job{nil}
	fmt.Printf("%s\n", &j)
	byName := map[string]*Job{"lint": nil}
	fmt.Printf("%s\n", byName)
}
