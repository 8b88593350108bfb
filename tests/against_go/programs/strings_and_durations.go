// Parsing a log line with strings.SplitN and the index functions, a title with the
// deprecated strings.Title, and a job's elapsed time in the units teachers print.
package main

import (
	"fmt"
	"strings"
	"time"
)

// Blank package variables, declared as often as wanted: their values are made and dropped.
var _ = strings.ToUpper("unused")
var _ = time.Second

func main() {
	line := "2026-12-06 level=warn msg=disk almost full"
	parts := strings.SplitN(line, " ", 3)
	fmt.Println(len(parts), parts[0], "|", parts[2])
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitN("a,b", ",", 0), strings.SplitN("x,y", ",", -1))
	fmt.Printf("%q\n", strings.SplitN("héllo", "", 3))
	fmt.Println(strings.IndexByte(line, '='), strings.LastIndexByte(line, '='), strings.IndexByte(line, '#'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'), strings.IndexRune("go", 'é'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexAny("go", ""))
	fmt.Println(strings.Title("hello wide-world_x 2go élan"))

	start := time.Now()
	time.Sleep(1500 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed.Round(100*time.Millisecond), elapsed.Milliseconds() >= 1500)
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	neg := -1500 * time.Microsecond
	fmt.Println(neg.Milliseconds(), neg.Microseconds(), neg.Minutes())
}
