package main

import "fmt"

// Results of several values, some of them interfaces, returned and assigned.
type E struct{ c int }

func (e *E) Error() string { return fmt.Sprint("code ", e.c) }

type Named interface{ Name() string }

type N struct{ n string }

func (x N) Name() string { return x.n }

func get(i int) (int, error) {
	if i > 0 {
		return 0, &E{i}
	}
	return 1, nil
}

func pick(s string) (Named, bool) { return N{s}, s != "" }

func raw() (int, *E) { return 2, &E{9} }

func main() {
	_, err := get(3)
	fmt.Println(err, err.Error())
	v, err := get(0)
	fmt.Println(v, err, err == nil)
	n, ok := pick("x")
	fmt.Printf("%v %T %v %s\n", n, n, ok, n.Name())
	var e error
	v, e = raw()
	fmt.Println(v, e, e != nil)
	done := make(chan error, 1)
	go func() {
		_, err := get(5)
		done <- err
	}()
	fmt.Println(<-done)
}
