package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)?\.com`)
	in := []byte("mail ann@example.com or bob@.com, not carl")
	fmt.Println(string(re.Find(in)), re.FindIndex(in))
	fmt.Println(re.Find([]byte("nobody")) == nil, re.FindIndex([]byte("nobody")) == nil)
	for _, part := range re.FindSubmatch(in) {
		fmt.Printf("%q %v\n", string(part), part == nil)
	}
	for _, m := range re.FindAll(in, -1) {
		fmt.Println(string(m))
	}
	fmt.Println(re.FindAllIndex(in, 1), re.FindAll([]byte("x"), -1) == nil)
	for _, m := range re.FindAllSubmatch(in, -1) {
		fmt.Println(len(m), string(m[0]), string(m[1]), string(m[2]), m[2] == nil)
	}
	fmt.Println(string(re.ReplaceAll(in, []byte("<$2:$1>"))))
	fmt.Println(string(re.ReplaceAllLiteral(in, []byte("<$1>"))))
	empty := regexp.MustCompile(`x*`)
	fmt.Println(len(empty.Find([]byte("abc"))), empty.Find([]byte("abc")) == nil)
	fmt.Println(empty.FindAllIndex([]byte("axxb"), -1))
}
