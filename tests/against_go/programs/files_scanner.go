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
	in := bufio.NewScanner(os.Stdin)
	lines := 0
	for in.Scan() {
		fmt.Println(strings.ToUpper(in.Text()))
		lines++
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	fmt.Println("stdin lines:", lines)

	path := "/tmp/gofiles-scanner.txt"
	defer os.Remove(path)
	f, err := os.Create(path)
	check(err)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(f, "line %d\r\n", i)
	}
	f.WriteString("\n")
	f.WriteString(strings.Repeat("x", 5000) + "\n")
	f.WriteString("last, no newline")
	check(f.Close())

	f, err = os.Open(path)
	check(err)
	defer f.Close()
	s := bufio.NewScanner(f)
	n := 0
	for s.Scan() {
		n++
		t := s.Text()
		if len(t) > 20 {
			t = t[:10] + "..."
		}
		fmt.Printf("%d: %q (%d)\n", n, t, len(s.Text()))
	}
	fmt.Println(s.Scan(), s.Err())

	long, err := os.Create(path)
	check(err)
	long.WriteString(strings.Repeat("y", 70000))
	long.Close()
	g, err := os.Open(path)
	check(err)
	s = bufio.NewScanner(g)
	fmt.Println(s.Scan(), len(s.Text()), s.Err())
	g.Close()

	closed := bufio.NewScanner(g)
	fmt.Println(closed.Scan(), closed.Err())
}
