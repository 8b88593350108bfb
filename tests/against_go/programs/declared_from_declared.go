package main

import (
	"fmt"
	"time"
)

// Types declared as other types: the underlying type comes along, the methods do not.
type meters float64

type altitude meters

type pause time.Duration

type roster []string

type squad roster

func (m meters) String() string { return fmt.Sprintf("%.0fm", float64(m)) }

type spot struct{ x, y int }

func main() {
	m := meters(120)
	a := altitude(m * 2)
	fmt.Println(m, a, a > 100, meters(a))
	fmt.Printf("%v %T %T\n", a, a, m)

	p := pause(1500 * time.Millisecond)
	fmt.Println(p, time.Duration(p), int64(p)/1e6)
	time.Sleep(time.Duration(p))

	sq := squad{"kim", "lou"}
	sq = append(sq, "max")
	fmt.Println(sq, len(sq), roster(sq)[2])

	here := spot{1, 2}
	plain := struct{ x, y int }(here)
	back := spot(plain)
	fmt.Println(plain, back == here)
}
