// Buffers reached through pointers: a sync.Pool of *bytes.Buffer as the sync package's own
// example has it, workers filling buffers handed to them, and main's output gathered in a
// buffer written to os.Stdout when main returns.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
)

var made int

var bufPool = sync.Pool{
	New: func() any {
		made++
		return new(bytes.Buffer)
	},
}

func logLine(key, value string) string {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString(key)
	b.WriteByte('=')
	b.WriteString(value)
	fmt.Fprintf(b, " (%d bytes)", b.Len())
	line := b.String()
	bufPool.Put(b)
	return line
}

func fill(b *bytes.Buffer, id int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		fmt.Fprintf(b, "w%d:%d ", id, i)
	}
	b.WriteRune('é')
}

type report struct {
	title string
	body  *strings.Builder
}

func main() {
	var stdoutBuff bytes.Buffer
	defer stdoutBuff.WriteTo(os.Stdout)
	fmt.Fprintln(&stdoutBuff, "written last, when main returns")

	fmt.Println(logLine("path", "/search"))
	fmt.Println(logLine("q", "golang"))
	fmt.Println("buffers made:", made)

	var wg sync.WaitGroup
	bufs := []*bytes.Buffer{new(bytes.Buffer), &bytes.Buffer{}, new(bytes.Buffer)}
	for i, b := range bufs {
		wg.Add(1)
		go fill(b, i, &wg)
	}
	wg.Wait()
	for _, b := range bufs {
		fmt.Printf("%q %d\n", b.String(), b.Len())
	}

	out := &bytes.Buffer{}
	out.WriteString("raw bytes to stdout\n")
	os.Stdout.Write(out.Bytes())
	os.Stdout.WriteString("a string to stdout\n")
	fmt.Println(out.Len(), bytes.HasPrefix(out.Bytes(), []byte("raw")))
	out.WriteTo(os.Stdout)
	fmt.Println("after WriteTo:", out.Len())

	var local bytes.Buffer
	p := &local
	p.WriteString("through p")
	fmt.Println(local.String(), p == &local)

	r := report{title: "totals", body: &strings.Builder{}}
	sb := r.body
	sb.WriteString("sum=")
	fmt.Fprint(sb, 1+2)
	fmt.Println(r.title, r.body.String())

	var any1 any = out
	if b, ok := any1.(*bytes.Buffer); ok {
		b.WriteString("via any")
		fmt.Println(out.String())
	}
	fmt.Fprintln(&stdoutBuff, "and this too")
}
