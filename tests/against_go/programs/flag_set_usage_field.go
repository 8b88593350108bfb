package main

import (
	"flag"
	"fmt"
	"os"
)

type config struct {
	Usage string
}

func main() {
	cfg := config{}
	cfg.Usage = "plain field"
	fmt.Println(cfg.Usage)
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	port := fs.Int("port", 8080, "port to listen on")
	fs.Usage = func() {
		fmt.Fprintln(os.Stderr, "serve: run the server")
		fs.PrintDefaults()
	}
	fmt.Println(fs.Parse([]string{"-port", "x"}), *port)
	fmt.Println(fs.Parse([]string{"-h"}))
	fs.Usage()
	fmt.Println(fs.Parse([]string{"-port=9090", "now"}), *port, fs.Args())
}
