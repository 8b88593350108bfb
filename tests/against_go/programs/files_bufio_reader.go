package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	path := "/tmp/gofiles-bufio-reader.txt"
	check(os.WriteFile(path, []byte("hello\ngo\nno newline"), 0644))
	defer os.Remove(path)

	f, err := os.Open(path)
	check(err)
	defer f.Close()

	r4 := bufio.NewReader(f)
	b4, err := r4.Peek(5)
	check(err)
	fmt.Printf("5 bytes: %s\n", string(b4))
	for {
		line, err := r4.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	b, err := r4.Peek(1)
	fmt.Println(len(b), err)
	_, err = r4.Peek(-1)
	fmt.Println(err)

	_, err = f.Seek(0, io.SeekStart)
	check(err)
	r := bufio.NewReader(f)
	b, err = r.Peek(100)
	fmt.Println(len(b), err)
	b, err = r.Peek(5000)
	fmt.Println(len(b), err)

	in := bufio.NewReader(os.Stdin)
	text, err := in.ReadString('\n')
	fmt.Printf("%q %v\n", strings.TrimSpace(text), err)

	long := strings.Repeat("ab", 3000) + "\nend"
	check(os.WriteFile(path, []byte(long), 0644))
	g, err := os.Open(path)
	check(err)
	lr := bufio.NewReader(g)
	first, err := lr.ReadString('\n')
	fmt.Println(len(first), err)
	rest, err := lr.ReadString('\n')
	fmt.Println(rest, err)
	check(g.Close())
	_, err = bufio.NewReader(g).ReadString('\n')
	fmt.Println(err)
}
