package main

import "fmt"

type celsius float64

func (c celsius) Said() string { return fmt.Sprint("said ", float64(c)) }

func (c celsius) Plus(d celsius) celsius { return c + d }

// Method expressions and method values of a declared float type: functions taking the
// receiver first, kept in a slice too.
func main() {
	c := celsius(3)
	f := celsius.Said
	g := celsius.Plus
	h := c.Plus
	fmt.Println(f(c), g(c, 2), h(5))
	fs := []func(celsius) string{celsius.Said}
	fmt.Println(fs[0](1))
}
