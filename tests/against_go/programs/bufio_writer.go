// Output through a bufio.Writer appears only when it is flushed (or its buffer fills), so
// a line printed directly in between comes first, and text never flushed never appears.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func report(w *bufio.Writer, name string, n int) {
	fmt.Fprintf(w, "%-6s %3d\n", name, n)
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, "buffered first")
	w.WriteString("buffered second\n")
	w.WriteByte('!')
	w.WriteRune('é')
	w.Write([]byte("\n"))
	fmt.Println("direct, but printed before the buffered lines")
	if err := w.Flush(); err != nil {
		fmt.Println("flush failed:", err)
	}
	for i, name := range []string{"alpha", "beta", "gamma"} {
		report(w, name, (i+1)*7)
	}
	fmt.Fprint(w, "sum ", 42, "\n")
	w.Flush()

	// A write past the 4096-byte buffer sends the full buffer on at once.
	big := bufio.NewWriter(os.Stdout)
	big.WriteString(strings.Repeat("a", 4000))
	big.WriteString(strings.Repeat("b", 200) + "\n")
	fmt.Println("\ndirect after the first 4096 bytes")
	big.Flush()

	errs := bufio.NewWriter(os.Stderr)
	fmt.Fprintf(errs, "to stderr: %d\n", 3)
	errs.Flush()

	fmt.Fprintln(w, "deferred flush prints this last")
	lost := bufio.NewWriter(os.Stdout)
	lost.WriteString("never flushed, never printed\n")
}
