// args: -name=gopher extra words
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	name := flag.String("name", "world", "who to greet")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "greet: say hello\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(1)
	}
	fmt.Println("hello,", *name)
}
