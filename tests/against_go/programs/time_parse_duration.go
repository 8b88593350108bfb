package main

import (
	"fmt"
	"time"
)

// Timeouts read from a config file, as an operator types them.
func main() {
	for _, s := range []string{
		"1h15m30.918273645s", "300ms", "-1.5h", "+2m", "0", "-0", "1.0000000001s", ".5s", "1.s",
		"2h45m", "90s", "1µs", "1μs", "3us", "7ns", "1.5", "", "-", "h", "1d", "5 s", "1h.",
		"9223372036854775807ns", "9223372036854775808ns", "2562047h", "2562048h", "0.333333333333333333333s",
		"1e3s", "1..5s", "12", "1h-5m", "1Ms",
	} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err, "|", d)
			continue
		}
		fmt.Printf("%q -> %v = %d ns, %.3f minutes\n", s, d, d.Nanoseconds(), d.Minutes())
	}
	budget, _ := time.ParseDuration("2m30s")
	fmt.Println("half the budget:", budget/2, budget.Round(time.Minute), budget.Truncate(time.Minute))
}
