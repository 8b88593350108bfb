// A generic function constrained by the library's fmt.Stringer and io.Writer: workers report
// labelled values through any Stringer, into any writer.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type station struct{ name string }

func (s station) String() string { return "station " + s.name }

func Report[L any, V fmt.Stringer](labels []L, vals []V) []string {
	out := make([]string, len(vals))
	var wg sync.WaitGroup
	for i, v := range vals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = fmt.Sprint(labels[i], ": ", v.String())
		}()
	}
	wg.Wait()
	return out
}

func WriteAll[W io.Writer](w W, lines []string) {
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

func main() {
	temps := Report([]int{1, 2, 3}, []celsius{21.5, 19, -3.25})
	WriteAll(os.Stdout, temps)
	var sb strings.Builder
	WriteAll(&sb, Report([]string{"a", "b"}, []station{{"north"}, {"south"}}))
	fmt.Print(sb.String())
}
