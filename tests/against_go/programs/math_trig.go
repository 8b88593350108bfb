package main

import (
	"fmt"
	"math"
)

// A wave table and a compass, as a synthesizer and a navigation lesson compute them: Go's
// trigonometry on small, large and odd angles, every digit.
func main() {
	var angles []float64
	for i := -300; i <= 300; i++ {
		angles = append(angles, float64(i)*0.0371)
	}
	for i := 0; i < 60; i++ {
		angles = append(angles, float64(i)*math.Pi/12, 1e3+float64(i)*7.77, 3.3e5*float64(i+1), 1e9+float64(i)*123456.789, 1e15*float64(i+1)+0.5, 1e300/float64(i+1))
	}
	angles = append(angles, 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1e-300, 5e-324, math.Pi/2, math.Pi, 1<<29, 1<<29-1, math.MaxFloat64)
	for _, a := range angles {
		fmt.Println(a, math.Sin(a), math.Cos(a), math.Tan(a), math.Atan(a))
	}

	var ratios []float64
	for i := -120; i <= 120; i++ {
		ratios = append(ratios, float64(i)/120)
	}
	ratios = append(ratios, 1.0000001, -1.5, 0.7, 0.66, 0.6600001, math.NaN(), math.Copysign(0, -1))
	for _, r := range ratios {
		fmt.Println(r, math.Asin(r), math.Acos(r))
	}

	points := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, -3.75, 1e-10, 1e10, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, y := range points {
		for _, x := range points {
			fmt.Print(math.Atan2(y, x), " ")
		}
		fmt.Println()
	}
	for deg := 0; deg < 360; deg += 15 {
		rad := float64(deg) * math.Pi / 180
		x, y := math.Cos(rad), math.Sin(rad)
		fmt.Printf("%3d° (%.4f, %.4f) back to %.10f°\n", deg, x, y, math.Atan2(y, x)*180/math.Pi)
	}
}
