package main

import (
	"fmt"
	"math"
)

// Distances on a grid and sides of cubes, as a geometry lesson computes them: Go's roots on
// many values, every digit.
func main() {
	var xs []float64
	for i := -200; i <= 200; i++ {
		xs = append(xs, float64(i)*0.731, float64(i*i*i), float64(i)/7)
	}
	for p := 5e-324; p < math.MaxFloat64/300; p *= 251 {
		xs = append(xs, p, -p*1.9)
	}
	xs = append(xs, 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 27, 1000, 2, 1e-310, math.MaxFloat64)
	for _, x := range xs {
		fmt.Println(x, math.Cbrt(x))
	}
	for i := -30; i <= 30; i++ {
		for j := -6; j <= 6; j++ {
			fmt.Print(math.Hypot(float64(i)*1.37, float64(j)*2.9), " ")
		}
		fmt.Println()
	}
	odd := []float64{0, math.Copysign(0, -1), 3, -4, 1e308, 1e-320, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64}
	for _, a := range odd {
		for _, b := range odd {
			fmt.Print(math.Hypot(a, b), " ")
		}
		fmt.Println()
	}
	fmt.Printf("a 3-4-5 triangle: %v; the cube of 64: %v\n", math.Hypot(3, 4), math.Cbrt(64))
}
