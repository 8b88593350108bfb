// args: -word=opt -numb=7 -fork -svar=flag -wait 90s a1 a2 a3
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	wordPtr := flag.String("word", "foo", "a string")
	numbPtr := flag.Int("numb", 42, "an int")
	forkPtr := flag.Bool("fork", false, "a bool")
	wait := flag.Duration("wait", time.Second, "how long to wait")
	ratio := flag.Float64("ratio", 0.5, "a ratio")
	var svar string
	flag.StringVar(&svar, "svar", "bar", "a string var")

	fmt.Println("parsed before:", flag.Parsed(), "args:", flag.Args())
	flag.Parse()

	fmt.Println("word:", *wordPtr)
	fmt.Println("numb:", *numbPtr)
	fmt.Println("fork:", *forkPtr)
	fmt.Println("svar:", svar)
	fmt.Println("wait:", *wait, "ratio:", *ratio)
	fmt.Println("tail:", flag.Args())
	fmt.Println("set:", flag.NFlag(), "left:", flag.NArg(), "first:", flag.Arg(0), "tenth:", flag.Arg(9) == "")
	*numbPtr *= 2
	fmt.Println("doubled:", *numbPtr)
}
