package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	path := "/tmp/gofiles-bufio-counts.txt"
	f, err := os.Create(path)
	check(err)
	defer os.Remove(path)

	w := bufio.NewWriter(f)
	n4, err := w.WriteString("buffered\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n4)
	n5, err := w.Write([]byte("bytes too\n"))
	fmt.Println(n5, err)
	check(w.Flush())

	big := strings.Repeat("z", 5000)
	n6, err := w.WriteString(big)
	fmt.Println(n6, err)
	check(f.Close())
	n7, err := w.WriteString("after close\n")
	fmt.Println(n7, err)
	n8, err := w.WriteString(big)
	fmt.Println(n8, err)
	fmt.Println(w.Flush())
	fmt.Println(w.Flush())

	data, err := os.ReadFile(path)
	fmt.Println(len(data), err)

	out := bufio.NewWriter(os.Stdout)
	n, err := out.WriteString("to stdout\n")
	fmt.Println("counted", n, err)
	out.Flush()

	in := bufio.NewWriter(os.Stdin)
	n, err = in.WriteString("lost")
	fmt.Println(n, err)
	fmt.Println(in.Flush())

	g, err := os.Create(path)
	check(err)
	small := bufio.NewWriter(g)
	small.WriteString(strings.Repeat("a", 4000))
	check(g.Close())
	n, err = small.WriteString(strings.Repeat("b", 200))
	fmt.Println(n, err)
}
