package main

// Printf's verbs on whole collections: a worker pool's results printed in one line each,
// every element padded and verbed as fmt does it.

import (
	"errors"
	"fmt"
	"time"
)

type Item struct {
	Name  string
	Price float64
}

type Job struct {
	ID   int
	Err  error
	Tags []string
}

type Celsius float64

func main() {
	fmt.Printf("%6v|\n", []string{"a", "bb"})
	fmt.Printf("%-4v|\n", []int{1, -2})
	fmt.Printf("%6.2v|\n", []float64{3.14159, 2})
	fmt.Printf("%x|%X|%s|%q\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%d\n", []byte("hi"))
	fmt.Printf("%05d\n", []int{-3, 42})
	fmt.Printf("%8v|\n", Item{"pen", 1.5})
	fmt.Printf("%-8v|\n", map[string]int{"a": 1})
	fmt.Printf("%d\n", [][]int{{1, 2}, {3}})
	fmt.Printf("%5.1f\n", [2]float64{1.25, 3})
	fmt.Printf("%3v|\n", []any{nil, 1, "x"})
	fmt.Printf("%d\n", []time.Duration{time.Second, 2})
	fmt.Printf("%v|%s\n", []time.Duration{time.Second}, []time.Duration{time.Millisecond})
	j := Job{1, errors.New("bad"), []string{"x", "y"}}
	fmt.Printf("%s\n", j)
	fmt.Printf("%v\n", j)
	fmt.Printf("%s\n", []any{Celsius(2.5), 3.5})
	fmt.Printf("%X\n", []string{"hi", "yo"})
	fmt.Printf("%x\n", []any{"hi", 10})
	fmt.Printf("%t\n", map[string]bool{"on": true})
	fmt.Printf("%08.3f|\n", []float64{-1.5, 2})
	fmt.Printf("%+d\n", []int{1, -1, 0})
	fmt.Printf("%c\n", []rune("héllo"))
	fmt.Printf("%q\n", []rune("hé"))
	fmt.Printf("%U\n", []rune("a"))
	fmt.Printf("%v %d\n", &Item{"a", 1}, &Item{"b", 2})
	fmt.Printf("%s\n", &j)
	fmt.Printf("%x\n", 255)
	fmt.Printf("%5d|%-5s|\n", 42, "go")
	fmt.Printf("%v\n", []error{nil, errors.New("e")})
	fmt.Printf("%s\n", []error{nil, errors.New("e")})
	fmt.Printf("%d %s\n", map[int]string{2: "b", 1: "a"}, map[int]string{2: "b", 1: "a"})
	fmt.Printf("%.2f\n", map[string]float64{"pi": 3.14159})
	fmt.Printf("%e\n", []float64{1500})
	fmt.Printf("%g\n", []float32{0.1})
	fmt.Printf("%b %o\n", []int{5}, []int{8})
}

// A small pool squares numbers; main prints the whole results table with widths.
func init() {
	results := make([]int, 5)
	done := make(chan struct{})
	for w := range 5 {
		go func() {
			results[w] = w * w
			done <- struct{}{}
		}()
	}
	for range 5 {
		<-done
	}
	fmt.Printf("%4d|\n%-3x|\n", results, results)
}
