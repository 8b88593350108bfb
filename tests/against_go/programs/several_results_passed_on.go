package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A call of several results as the one argument of another: fmt prints each as it would
// print it alone (a type with String too), a function takes them as its parameters.
type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func divmod(a, b int) (int, int) { return a / b, a % b }

func reading() (celsius, error) { return 21.5, nil }

func failing() (int, error) { return 0, errors.New("no luck") }

func add(a, b int) int { return a + b }

func show(v any, err error) string { return fmt.Sprint(v, " / ", err) }

type pair struct{ a, b int }

func (p pair) both() (int, int) { return p.a, p.b }

func main() {
	fmt.Println(strconv.Atoi("123"))
	fmt.Println(strconv.Atoi("12a"))
	fmt.Println(divmod(17, 5))
	fmt.Println(reading())
	fmt.Println(divmod(9, 4))
	fmt.Println(reading())
	fmt.Println(add(divmod(7, 2)))
	fmt.Println(show(failing()))
	fmt.Println(add(pair{3, 4}.both()))
	s := fmt.Sprint(divmod(1, 1))
	fmt.Println(s, fmt.Sprintln(failing()))
}
