package main

import (
	"fmt"
	"math"
)

// Decibels, bits and orders of magnitude, as a signal lesson and a complexity table compute
// them: Go's logarithms on many values, every digit.
func main() {
	var xs []float64
	for i := 1; i <= 400; i++ {
		xs = append(xs, float64(i)*0.0173, float64(i)*37.1, 1/float64(i))
	}
	for p := 5e-324; p < math.MaxFloat64/200; p *= 181 {
		xs = append(xs, p, p*1.37)
	}
	xs = append(xs, 0, math.Copysign(0, -1), -1, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 1e-310, math.MaxFloat64,
		math.Sqrt2/2, math.Sqrt2, 1, 2, 10, 100, 1000, 1024, math.E, math.SmallestNonzeroFloat64)
	for _, x := range xs {
		fmt.Println(x, math.Log(x), math.Log10(x), math.Log2(x))
	}
	for _, n := range []float64{16, 1000, 1e6, 1e9} {
		fmt.Printf("n=%g: log2 n = %.4f, n log n = %.1f, %d bits\n", n, math.Log2(n), n*math.Log2(n), int(math.Ceil(math.Log2(n+1))))
	}
	for _, ratio := range []float64{2, 0.5, 1000, 1e-6} {
		fmt.Printf("%g× power is %.3f dB\n", ratio, 10*math.Log10(ratio))
	}
}
