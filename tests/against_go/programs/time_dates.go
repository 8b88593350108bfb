package main

import (
	"fmt"
	"time"
)

// A launch schedule: dates made, moved, rounded and compared as a planner would.
func main() {
	launch := time.Date(2024, time.March, 15, 9, 30, 0, 0, time.UTC)
	fmt.Println("launch:", launch)
	fmt.Println("year", launch.Year(), "month", launch.Month(), "day", launch.Day(), launch.Weekday())
	fmt.Println("hour", launch.Hour(), "minute", launch.Minute(), "second", launch.Second(), "yearday", launch.YearDay())
	fmt.Println("unix", launch.Unix(), launch.UnixMilli(), launch.UnixNano())

	// Go carries what overflows: the 32nd of January is February 1st, month 13 next January.
	fmt.Println(time.Date(2023, 1, 32, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 13, 1, 25, 61, 61, 1_500_000_000, time.UTC))
	fmt.Println(time.Date(2024, 3, 0, 0, 0, 0, 0, time.UTC).Day(), "days in February 2024")
	fmt.Println(time.Date(2000, 1, 1, 0, 0, -1, 0, time.UTC))

	review := launch.Add(36*time.Hour + 15*time.Minute)
	fmt.Println("review:", review.Format(time.RFC1123))
	fmt.Println("between:", review.Sub(launch), review.After(launch), review.Before(launch))
	fmt.Println("next month:", launch.AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println("Jan 31 + 1 month:", time.Date(2023, 1, 31, 12, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println("a year back:", launch.AddDate(-1, 0, -15))

	t := time.Date(2009, 11, 10, 23, 47, 31, 987654321, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Truncate(time.Hour), "|", t.Round(time.Hour))
	fmt.Println(t.Truncate(time.Second), "|", t.Round(time.Second))
	fmt.Println(t.Round(7*time.Minute), "|", t.Truncate(24*time.Hour))
	fmt.Println(t.Round(time.Millisecond).Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.ANSIC), t.Format(time.StampMilli))
	for _, layout := range []string{time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123Z, time.RubyDate, time.UnixDate, time.StampMicro, time.StampNano, time.Layout} {
		fmt.Println(t.Format(layout))
	}

	same := time.Unix(t.Unix(), int64(t.Nanosecond()))
	fmt.Println("unix round trip:", same.Equal(t), same == t, same.UTC())
	// time.Unix gives the machine's zone: UTC() prints the same anywhere.
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1_700_000_000, 0).UTC())
	fmt.Println(time.UnixMilli(1_257_894_000_123).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Unix(10, -1).UTC().Format(time.RFC3339Nano))

	local := time.Date(2024, 12, 25, 8, 0, 0, 0, time.Local)
	fmt.Println("Christmas morning is a", local.Weekday(), local.Equal(local.UTC()))
	deadline := launch.Add(-90 * time.Minute)
	fmt.Printf("%v | %s | %d\n", deadline, deadline.Format("Mon Jan 2 15:04"), deadline.Unix())
	fmt.Println(launch.Equal(deadline), deadline.Before(launch))
}
