package main

import (
	"flag"
	"fmt"
)

func main() {
	fs := flag.NewFlagSet("app", flag.ExitOnError)
	fs.String("mode", "fast", "the mode")
	fmt.Println("first defined")
	fs.Int("mode", 1, "again")
}
