// Constants declared several to a line, a label with a comment before its loop, the machine's
// GOOS and GOARCH, and a table through new(tabwriter.Writer).Init, as the Go book writes them.
package main

import (
	"fmt"
	"os"
	"runtime"
	"text/tabwriter"
)

const (
	width, height = 600, 320
	cells         = 100
	xyrange, zoom = 30.0, 2.5
)

func main() {
	const freezingF, boilingF = 32.0, 212.0
	fmt.Println(width*height/cells, xyrange*zoom, freezingF, boilingF)
	fmt.Println(runtime.GOOS != "", runtime.GOARCH != "")

	found := -1
search:
	// Look for the first multiple of 7 past 20.
	for i := 21; ; i++ {
		for _, d := range []int{7} {
			if i%d == 0 {
				found = i
				break search
			}
		}
	}
	fmt.Println(found)

	tw := new(tabwriter.Writer).Init(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, "%v\t%v\t\n", "name", "size")
	fmt.Fprintf(tw, "%v\t%v\t\n", "gopher.png", 2048)
	tw.Flush()
}
