// The math package
// Roots, powers, roundings and Go's limits, printed as Go prints floats.
package main

import (
	"fmt"
	"math"
)

func hypot(a, b float64) float64 {
	return math.Sqrt(a*a + b*b)
}

func main() {
	fmt.Println(math.Sqrt(2), hypot(3, 4), math.Pow(2, 10), math.Pow(1.1, 10), math.Pow(2, -3))
	fmt.Println(math.Pow(9, 0.5), math.Pow(10, 308), math.Pow(10, 309), math.Pow(-2, 3))
	fmt.Println(math.Abs(-3.2), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3), math.Max(math.NaN(), 1), math.Min(math.Copysign(0, -1), 0))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(-1), -1), math.IsNaN(math.NaN()), math.Signbit(math.Copysign(3, -1)))
	fmt.Println(math.Pi, math.E, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	fmt.Println(math.Ln2, math.Ln10, math.Log2E, math.Log10E)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt64, math.MaxInt32, math.MinInt32, math.MaxUint16)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Printf("%.3f %.2f %v %v\n", math.Pi, math.Sqrt(10), 1e21, 123456789.0)
	fmt.Printf("%e|%.2e|%.0e|%g|%g|%.3g|%.2g|%.10g|%.3g|%8.2g|%+.1e\n", math.Pi, -1234.5678, 0.0, 1e6, 0.000012, math.Pi, 0.0001234, 1e6, 123456.0, math.E, math.Sqrt2)
	var area float64
	for r := 1; r <= 3; r++ {
		area += math.Pi * float64(r*r)
	}
	fmt.Println(area, int(math.Round(area)))
	flags := 1 | 2 | 16
	fmt.Println(flags, flags&2, flags&^2, flags^7, 1<<10, 1024>>3)
}
