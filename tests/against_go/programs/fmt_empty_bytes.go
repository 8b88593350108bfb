// A worker collects bytes from a channel into a buffer that may stay empty; the report
// prints it with the verbs of strings, which show an empty or nil []byte as empty text.
package main

import "fmt"

type Packet struct {
	From string
	Body []byte
}

func collect(in <-chan byte) []byte {
	var got []byte
	for b := range in {
		got = append(got, b)
	}
	return got
}

func main() {
	for _, word := range []string{"", "ok"} {
		in := make(chan byte)
		go func() {
			for i := 0; i < len(word); i++ {
				in <- word[i]
			}
			close(in)
		}()
		got := collect(in)
		fmt.Printf("[%s] [%q] [%x] [%X] [%v] [%d] [%5s] [%-3q]\n", got, got, got, got, got, got, got, got)
		fmt.Printf("%T %#v\n", got, got)
		fmt.Println(fmt.Sprintf("%s", got) == word, len(fmt.Sprint(got)))
	}
	empty := []byte{}
	fmt.Printf("<%s> <%q> %#v\n", empty, empty, empty)
	var any1 any = empty
	fmt.Printf("<%s> <%q> %T\n", any1, any1, any1)
	runes := []rune("go")
	fmt.Printf("%T %v %T\n", runes, runes, map[string]byte{"a": 1})
	p := Packet{From: "a"}
	fmt.Printf("%v %+v\n", p, p)
}
