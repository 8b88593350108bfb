package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A clock's readings differ from run to run; what they say about each other does not.
func main() {
	t := time.Now()
	clock := fmt.Sprintf("%02d:%02d:%02d", t.Hour(), t.Minute(), t.Second())
	fmt.Println("15:04:05 is the hour, minute and second:", t.Format("15:04:05") == clock)
	fmt.Println("TimeOnly too:", t.Format(time.TimeOnly) == clock)
	fmt.Println("the year:", t.Format("2006") == strconv.Itoa(t.Year()))
	fmt.Println("RFC3339 starts with the date:", strings.HasPrefix(t.Format(time.RFC3339), t.Format(time.DateOnly)+"T"))
	fmt.Println("DateTime is date and time:", t.Format(time.DateTime) == t.Format(time.DateOnly)+" "+clock)

	hour12 := t.Hour() % 12
	if hour12 == 0 {
		hour12 = 12
	}
	half := "AM"
	if t.Hour() >= 12 {
		half = "PM"
	}
	fmt.Println("Kitchen:", t.Format(time.Kitchen) == fmt.Sprintf("%d:%02d%s", hour12, t.Minute(), half))

	fmt.Println("milliseconds are seconds:", t.UnixMilli()/1000 == t.Unix())
	fmt.Println("nanoseconds are milliseconds:", t.UnixNano()/1_000_000 == t.UnixMilli())
	fmt.Println("and microseconds:", t.UnixMicro()/1000 == t.UnixMilli())
	fmt.Println("the fraction:", t.UnixNano()%1_000_000_000 == int64(t.Nanosecond()))
	fmt.Println("a day of the year:", t.YearDay() >= 1 && t.YearDay() <= 366, t.Day() >= 1 && t.Day() <= 31)

	later := t.Add(36 * time.Hour)
	fmt.Println("36 hours on, in seconds:", later.Unix()-t.Unix())

	start := time.Now()
	time.Sleep(1500 * time.Millisecond)
	slept := time.Now().UnixMilli() - start.UnixMilli()
	fmt.Println("slept at least 1.5s:", slept >= 1500, slept < 1600)
}
