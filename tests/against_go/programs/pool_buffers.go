// A sync.Pool of buffers shared by workers: New runs only when the pool is empty, and a
// buffer put back is the next one got, as Go's pool does on one processor.
package main

import (
	"fmt"
	"sync"
)

type buffer struct {
	id   int
	data []byte
}

var made int

var buffers = sync.Pool{
	New: func() any {
		made++
		fmt.Println("New makes buffer", made)
		return &buffer{id: made, data: make([]byte, 0, 16)}
	},
}

func render(job int) string {
	b := buffers.Get().(*buffer)
	defer buffers.Put(b)
	b.data = b.data[:0]
	b.data = append(b.data, "job "...)
	b.data = append(b.data, byte('0'+job))
	return fmt.Sprintf("%s on buffer %d", b.data, b.id)
}

func main() {
	a := buffers.Get().(*buffer)
	b := buffers.Get().(*buffer)
	c := buffers.Get().(*buffer)
	fmt.Println(a.id, b.id, c.id, "made", made)
	buffers.Put(a)
	buffers.Put(b)
	buffers.Put(c)
	// The first put is kept aside, the others are taken last in, first out.
	x := buffers.Get().(*buffer)
	y := buffers.Get().(*buffer)
	z := buffers.Get().(*buffer)
	fmt.Println(x.id, y.id, z.id, "made", made)
	buffers.Put(nil)
	buffers.Put(x)

	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			line := render(i)
			mu.Lock()
			lines = append(lines, line)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(len(lines), "jobs rendered,", made, "buffers made")

	var plain sync.Pool
	fmt.Println(plain.Get())
	plain.Put("hello")
	s, ok := plain.Get().(string)
	fmt.Println(s, ok, plain.Get() == nil)

	counts := &sync.Pool{New: func() any { return 0 }}
	n := counts.Get().(int)
	counts.Put(n + 41)
	fmt.Println(counts.Get().(int)+1, counts.Get())
}
