// args: -size=big
package main

import (
	"flag"
	"fmt"
)

func main() {
	size := flag.Int("size", 1, "size")
	fs := flag.NewFlagSet("strict", flag.PanicOnError)
	fs.Bool("ok", false, "fine")
	fmt.Println(fs.Parse([]string{"-ok"}))
	defer fmt.Println("deferred runs")
	fs.Parse([]string{"-nope"})
	fmt.Println(*size)
}
