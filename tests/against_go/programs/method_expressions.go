// Method expressions: (*T).M and T.M as functions whose first parameter is the receiver,
// passed to a helper, kept in variables, called directly and used as a sort key.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func (p Point) Dist() int          { return p.X*p.X + p.Y*p.Y }
func (p *Point) Move(dx, dy int)    { p.X += dx; p.Y += dy }
func (p Point) Scaled(k int) Point { return Point{p.X * k, p.Y * k} }

func apply(ps []*Point, f func(*Point, int, int)) {
	for _, p := range ps {
		f(p, 1, 1)
	}
}

func main() {
	a, b := &Point{1, 2}, &Point{3, 0}
	apply([]*Point{a, b}, (*Point).Move)
	fmt.Println(*a, *b)
	dist := Point.Dist
	fmt.Println(dist(*a), (*Point).Dist(b))
	fmt.Println(Point.Scaled(*a, 3))
	ps := []Point{{5, 5}, {1, 0}, {2, 2}}
	key := Point.Dist
	sort.Slice(ps, func(i, j int) bool { return key(ps[i]) < key(ps[j]) })
	fmt.Println(ps)
	(*Point).Move(a, 10, 10)
	fmt.Println(*a)
	fmt.Printf("%T\n", dist)
}
