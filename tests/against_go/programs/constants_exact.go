// Go's untyped constants are exact: 0.1 + 0.2 is 3/10 until it becomes a float64, so it
// prints 0.3 where the same sum of two variables prints 0.30000000000000004; math.Pi / 6 is
// rounded once. Several constants may share one declaration.
package main

import (
	"fmt"
	"math"
)

const boilingF, freezingF = 212.0, 32.0

const (
	tenth     = 0.1
	threeTens = tenth + 0.2
	third     = 1 / 3.0
	whole     = third * 3
	angle     = math.Pi / 6
	turn      = 2 * math.Pi
	price     = 4.35 * 100
)

func fToC(f float64) float64 { return (f - 32) * 5 / 9 }

func main() {
	fmt.Printf("%g°F = %g°C\n", freezingF, fToC(freezingF))
	fmt.Printf("%g°F = %g°C\n", boilingF, fToC(boilingF))

	fmt.Println("constants:", threeTens, whole, price, threeTens == 0.3)
	a, b := 0.1, 0.2
	fmt.Println("variables:", a+b, a+b == 0.3, float32(a)+float32(b))
	var sum float64 = 0.1 + 0.2
	fmt.Println("typed from a constant:", sum, sum*3, 1-0.9)
	fmt.Println("angles:", angle, turn, math.Sin(angle), math.Cos(angle))
	fmt.Printf("%.20f %.20f\n", 0.1+0.7, a+0.7)
	fmt.Println(math.Sqrt2*math.Sqrt2, math.Log2E*math.Ln2, 1e300*1e-300)
}
