package main

import (
	"fmt"
	"os"
)

func main() {
	f := createFile("/tmp/gofiles-defer.txt")
	defer os.Remove("/tmp/gofiles-defer.txt")
	defer closeFile(f)
	writeFile(f)
}

func createFile(p string) *os.File {
	fmt.Println("creating")
	f, err := os.Create(p)
	if err != nil {
		panic(err)
	}
	return f
}

func writeFile(f *os.File) {
	fmt.Println("writing")
	fmt.Fprintln(f, "data")
}

func closeFile(f *os.File) {
	fmt.Println("closing")
	err := f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		os.Exit(1)
	}
	data, err := os.ReadFile(f.Name())
	fmt.Printf("%q %v\n", data, err)
	err = f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "closed twice: %v\n", err)
	}
}
