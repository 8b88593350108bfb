package main

import (
	"fmt"
	"time"
)

// Times compared as Go compares them: Equal by the instant, == by the instant, the zone
// and the monotonic reading.
func main() {
	start := time.Now()
	fmt.Println(start.Round(0) == start, start.Equal(start.Round(0)), start.UTC() == start.Round(0))
	fmt.Println(start.Local() == start.Round(0))
	u := time.Unix(5, 0)
	fmt.Println(u == u.UTC(), u == u.Local(), u.UTC() == time.Date(1970, 1, 1, 0, 0, 5, 0, time.UTC))
	fmt.Println(time.Date(1970, 1, 1, 0, 0, 5, 0, time.UTC).Local() == u)
	d := time.Date(2020, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(d.AddDate(1, 0, 0), d.AddDate(0, 0, 366).Weekday(), d.Add(time.Nanosecond).Nanosecond())
	fmt.Println(d.Sub(time.Date(2019, 2, 28, 0, 0, 0, 0, time.UTC)).Hours())
	fmt.Println(d.Truncate(0), d.Round(-1))
	fmt.Println(time.Date(1999, 12, 31, 23, 59, 59, 500_000_000, time.UTC).Round(time.Second))
	fmt.Println(time.Date(1999, 12, 31, 23, 59, 59, 499_999_999, time.UTC).Round(time.Second))
	fmt.Println(time.Date(1999, 12, 31, 23, 59, 59, 0, time.UTC).Truncate(time.Hour * 24 * 7))
	fmt.Println(time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).Unix())
	fmt.Println(time.Date(1950, 6, 15, 12, 0, 0, 0, time.UTC).Format(time.RFC3339), time.Date(1950, 6, 15, 12, 0, 0, 0, time.UTC).YearDay())
	fmt.Println(time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC).Truncate(time.Hour*5), time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC).Round(7*time.Second))
	fmt.Printf("%v %T\n", d, d)
	fmt.Printf("%s|%d\n", d.Month(), d.Month())
}
