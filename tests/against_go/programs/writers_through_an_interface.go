// Reports written through io.Writer: the same function writes to stdout, a strings.Builder,
// a bytes.Buffer, a type of our own, io.Discard, a logger and a bufio.Writer on our own type.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"text/tabwriter"
)

type upper struct{ n int }

func (u *upper) Write(p []byte) (int, error) {
	u.n += len(p)
	fmt.Print(strings.ToUpper(string(p)))
	return len(p), nil
}

func report(w io.Writer, name string, score int) {
	fmt.Fprintf(w, "%-6s %3d\n", name, score)
}

func main() {
	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "to stdout")
	report(os.Stdout, "ann", 7)
	var sb strings.Builder
	report(&sb, "bob", 12)
	fmt.Print(sb.String())
	var buf bytes.Buffer
	n, err := fmt.Fprintf(&buf, "x=%d", 42)
	fmt.Println(n, err, buf.String())
	u := &upper{}
	report(u, "cy", 3)
	io.WriteString(u, "hello\n")
	fmt.Println(u.n)
	fmt.Fprintln(io.Discard, "gone")
	l := log.New(&buf, "job: ", 0)
	l.Println("started")
	l.Printf("took %d steps", 3)
	fmt.Print(buf.String())
	bw := bufio.NewWriter(u)
	fmt.Fprintln(bw, "buffered")
	fmt.Println("before flush", u.n)
	bw.Flush()
	fmt.Println("after flush", u.n)
	fmt.Printf("%T %T %T\n", w, u, l.Writer())
	ws := []io.Writer{os.Stdout, &sb, u}
	for _, x := range ws {
		fmt.Fprintln(x, "all")
	}
	fmt.Print(sb.String())
	if f, ok := w.(*os.File); ok {
		fmt.Fprintln(f, "a file")
	}
	lg := log.New(os.Stdout, "", 0)
	lg.SetOutput(u)
	lg.Println("via setoutput")

	var table bytes.Buffer
	tw := tabwriter.NewWriter(&table, 0, 8, 1, ' ', 0)
	fmt.Fprintln(tw, "name\tscore")
	fmt.Fprintln(tw, "ann\t7")
	tw.Flush()
	fmt.Print(table.String())
	var notes strings.Builder
	nl := log.New(&notes, "note ", log.Lmsgprefix)
	nl.Print("kept")
	fmt.Printf("%q\n", notes.String())
	var copyOf strings.Builder
	both := io.MultiWriter(os.Stdout, &copyOf, u)
	n2, err2 := fmt.Fprintf(both, "%s and %s\n", "one", "two")
	fmt.Println(n2, err2, copyOf.String() == "one and two\n", u.n)
}
