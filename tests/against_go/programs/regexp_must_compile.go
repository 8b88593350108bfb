package main

import (
	"fmt"
	"regexp"
)

// A pattern checked once at start-up: a mistake in it ends the program with Go's panic.
var word = regexp.MustCompile(`^[a-z]+$`)

func main() {
	for _, w := range []string{"gopher", "Gopher", "go2"} {
		fmt.Println(w, word.MatchString(w))
	}
	bad := regexp.MustCompile(`(unclosed`)
	fmt.Println("never printed", bad)
}
