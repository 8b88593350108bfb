// Tables with text/tabwriter: workers count words under a Mutex, and main prints what each
// counted in aligned columns, as teachers print timings; the writer's other settings too.
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"text/tabwriter"
)

func main() {
	texts := []string{"the quick brown fox", "jumps", "over the lazy dog again and again", "Ünïcödé wörds"}
	counts := make([]int, len(texts))
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i, t := range texts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := len(strings.Fields(t))
			mu.Lock()
			counts[i] = n
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()

	w := tabwriter.NewWriter(os.Stdout, 0, 1, 2, ' ', 0)
	fmt.Fprintf(w, "Worker\tText\tWords\t\n")
	for i, t := range texts {
		fmt.Fprintf(w, "%d\t%s\t%d\t\n", i, t, counts[i])
	}
	fmt.Fprintln(w, "total\t\t", total)
	w.Flush()

	// Right-aligned numbers with bars between the columns.
	r := tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(r, "a\tb\tc")
	fmt.Fprintln(r, "aaa\tbbbbbbb\tc")
	fmt.Fprintln(r, "x\t\tlast")
	r.Flush()

	// A line without a tab lets what came before it out at once: fmt's own line comes after.
	p := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '.', 0)
	fmt.Fprintf(p, "key\tvalue\n")
	fmt.Fprintf(p, "longer key\tv\n")
	fmt.Fprintf(p, "no tab here\n")
	fmt.Fprintf(p, "pending\tline\n")
	fmt.Println("printed by fmt")
	p.Flush()

	// Tabs as padding, empty columns discarded, a section break at '\f'.
	t := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.DiscardEmptyColumns)
	t.Write([]byte("name\t\tsize\n"))
	t.Write([]byte("a much longer name\t\t12\n\f"))
	fmt.Fprintf(t, "after\tthe\tbreak\n")
	t.Flush()

	d := tabwriter.NewWriter(os.Stdout, 0, 4, 0, '-', tabwriter.Debug|tabwriter.TabIndent)
	defer d.Flush()
	fmt.Fprint(d, "\tindented\tx\n\t\tdeeper\n")
	fmt.Fprint(d, "first\f")
	fmt.Fprint(d, "unfinished\tcell")
	fmt.Println(tabwriter.AlignRight, tabwriter.Debug, tabwriter.Escape)
}
