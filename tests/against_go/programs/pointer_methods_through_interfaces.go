package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Counter int

func (c Counter) Get() int { return int(c) }
func (c *Counter) Add()    { *c++ }

type getter interface {
	Get() int
	Add()
}

func main() {
	t := Celsius(21.5)
	var s fmt.Stringer = &t
	t = 30
	fmt.Println(s.String(), s)
	var n Counter
	var g getter = &n
	g.Add()
	g.Add()
	fmt.Println(g.Get(), n)
}
