// Workers format their log lines in buffers borrowed from a sync.Pool and hand each finished
// line to an io.Writer: the lines never interleave, because each is written with one Write
// under the writer's lock.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

var buffers = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

// A fixed clock, so every run prints the same lines.
func stamp() time.Time { return time.Unix(1700000000, 0) }

func logLine(w io.Writer, key, val string) {
	b := buffers.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString(stamp().UTC().Format(time.RFC3339))
	b.WriteByte(' ')
	b.WriteString(key)
	b.WriteByte('=')
	b.WriteString(val)
	b.WriteByte('\n')
	w.Write(b.Bytes())
	buffers.Put(b)
}

// lockedLines keeps every line written to it, one Write at a time.
type lockedLines struct {
	mu    sync.Mutex
	lines []string
	bytes int
}

func (l *lockedLines) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, string(p))
	l.bytes += len(p)
	return len(p), nil
}

func main() {
	logLine(os.Stdout, "path", "/search?q=gophers")

	sink := &lockedLines{}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 3 {
				logLine(sink, fmt.Sprintf("worker%d", i), fmt.Sprint(j))
			}
		}()
	}
	wg.Wait()
	lines := sink.lines
	sort.Strings(lines)
	fmt.Print(strings.Join(lines, ""))
	fmt.Println(len(sink.lines), "lines,", sink.bytes, "bytes")

	var all strings.Builder
	for _, w := range []io.Writer{&all, io.Discard, sink} {
		n, err := fmt.Fprintf(w, "%s|", "end")
		fmt.Printf("%T wrote %d %v\n", w, n, err)
	}
	fmt.Println(all.String(), len(sink.lines))
}
