package main

import (
	"flag"
	"fmt"
)

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	n := fs.Int("n", 1, "repeat `count`")
	quiet := fs.Bool("q", false, "quiet")
	for _, args := range [][]string{
		{"-n", "3", "x"},
		{"-n=abc"},
		{"-q=maybe"},
		{"-missing"},
		{"-n"},
		{"-help"},
		{"--", "-n", "5"},
		{"-q", "--n=0x1f", "rest", "-n", "2"},
	} {
		err := fs.Parse(args)
		fmt.Println(args, "->", *n, *quiet, fs.Args(), fs.NArg(), err)
	}
	fmt.Println(fs.Name(), fs.Parsed(), fs.NFlag())
	fs.PrintDefaults()
	var level int
	named := flag.NewFlagSet("", flag.ContinueOnError)
	named.IntVar(&level, "level", 2, "log level")
	fmt.Println(named.Parse([]string{"-x"}), level)
}
