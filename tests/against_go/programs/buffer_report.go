// Workers append their lines to one bytes.Buffer under a Mutex; main builds a report
// with fmt.Fprintf into a strings.Builder and compares bytes.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(',')
	buf.Write([]byte(" world"))
	fmt.Fprintf(&buf, " %d+%d=%d", 2, 3, 2+3)
	fmt.Fprintln(&buf)
	fmt.Fprint(&buf, "x", 1, 2, "y")
	fmt.Println(buf.String(), buf.Len())
	fmt.Println(buf.Bytes()[:5])
	buf.Reset()
	fmt.Printf("%q %d\n", buf.String(), buf.Len())

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d]", i)
	}
	fmt.Fprint(&sb, 4.5, true)
	fmt.Println(sb.String(), sb.Len())

	a, b := []byte("Go"), []byte("go")
	fmt.Println(bytes.Equal(a, b), bytes.EqualFold(a, b), bytes.Contains([]byte("gopher"), []byte("ph")))
	fmt.Println(string(bytes.ToUpper(b)), bytes.ToLower(a), bytes.HasPrefix(a, []byte("G")))
	fmt.Println(bytes.Equal([]byte(""), []byte{}), bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Println(bytes.Compare(a, b), bytes.Count([]byte("cheese"), []byte("e")))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte("  padded  ")))

	var mu sync.Mutex
	var out bytes.Buffer
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			fmt.Fprintf(&out, "worker %d\n", i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	fmt.Println(len(lines), "lines,", out.Len(), "bytes")
	if bytes.Contains(out.Bytes(), []byte("worker 3")) {
		fmt.Println("worker 3 wrote")
	}
}
