package main

import (
	"fmt"
	"regexp"
)

func main() {
	r := regexp.MustCompile(`a\d+`)
	fmt.Println(r)
	fmt.Printf("%v|%s|%q|%T|%10v|%-8s|\n", r, r, r, r, r, r)
	fmt.Print(r, "\n")
	s := fmt.Sprint(r)
	fmt.Println(len(s), fmt.Sprintf("%v", r) == r.String())
	var nilre *regexp.Regexp
	fmt.Println(nilre)
	fmt.Printf("%T %v\n", nilre, nilre)
}
