// Floats as text
// A thermometer log: readings turned into text with strconv.FormatFloat in its formats and
// precisions, and printed with %e, %g and %f, as a report would.
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func celsius(f float64) float64 {
	return (f - 32) * 5 / 9
}

func main() {
	readings := []float64{98.6, 32, -40, 451, 0.5, 1e-6, 212.000001}
	var parts []string
	for _, f := range readings {
		c := celsius(f)
		parts = append(parts, strconv.FormatFloat(c, 'f', 1, 64))
		fmt.Printf("%8.2f°F = %-10s %-12s %g %.3g %e\n", f,
			strconv.FormatFloat(c, 'f', -1, 64), strconv.FormatFloat(c, 'e', 3, 64), c, c, c)
	}
	fmt.Println(strings.Join(parts, ", "))
	for _, x := range []float64{math.Pi, 1e21, 1e-7, -0.0, 2.675, math.Inf(1), math.NaN()} {
		fmt.Println(strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'G', 4, 64),
			strconv.FormatFloat(x, 'E', -1, 64), strconv.FormatFloat(x, 'f', -1, 32),
			strconv.FormatFloat(x, 'g', -1, 32))
	}
}
