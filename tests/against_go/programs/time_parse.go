package main

import (
	"fmt"
	"time"
)

type input struct{ layout, value string }

// Reading times typed by people: a booking form's dates and hours, checked one by one.
func main() {
	inputs := []input{
		{time.DateOnly, "2024-02-29"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "2024-13-01"},
		{time.DateOnly, "24-01-01"},
		{time.DateOnly, "x"},
		{time.DateOnly, "2024-1-05"},
		{time.DateOnly, "2024-01-05 "},
		{time.DateTime, "2024-07-04 18:30:05"},
		{time.DateTime, "2024-07-04 25:30:05"},
		{time.DateTime, "2024-07-04 18:60:05"},
		{time.DateTime, "2024-07-04 18:30:05.123456"},
		{time.RFC3339, "2024-07-04T18:30:05Z"},
		{time.RFC3339, "2024-07-04T18:30:05.5Z"},
		{time.RFC3339Nano, "2024-07-04T18:30:05.123456789Z"},
		{time.RFC3339Nano, "2024-07-04T18:30:05Z"},
		{time.RFC3339, "2024-07-04 18:30:05Z"},
		{time.RFC3339, "2024-07-04T18:30:05+0200"},
		{"Jan 2, 2006 at 3:04pm", "Mar 15, 2024 at 9:05am"},
		{"Jan 2, 2006 at 3:04pm", "mar 15, 2024 at 12:05AM"},
		{"Jan 2, 2006 at 3:04pm", "Mar 15, 2024 at 12:05pm"},
		{"January 2 2006", "September 30 1999"},
		{"January 2 2006", "Sept 30 1999"},
		{"Monday, 02-Jan-06", "Friday, 15-Mar-24"},
		{time.ANSIC, "Fri Mar 15 09:05:00 2024"},
		{time.ANSIC, "Fri Mar  5 09:05:00 2024"},
		{time.RFC1123, "Fri, 15 Mar 2024 09:05:00 UTC"},
		{"02/01/2006 15:04:05.000", "15/03/2024 09:05:00.250"},
		{"02/01/2006 15:04:05.000", "15/03/2024 09:05:00.25"},
		{"2006-01-02 15:04:05,999", "2024-03-15 09:05:00,75"},
		{"2006-01-02", "2024-04-31"},
		{"2006-01-02", "\"2024\"-01-02"},
		{"2006-01-02", "2024\t01"},
		{"15:04 2006-01-02", "9:05 2024-03-15"},
		{"2006  01 02", "2024 01   02"},
	}
	for _, in := range inputs {
		t, err := time.Parse(in.layout, in.value)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Println("  and the time:", t, t.IsZero())
			continue
		}
		fmt.Println(t, "|", t.Format(time.RFC3339Nano), t.Weekday())
	}

	start, _ := time.Parse(time.DateTime, "2024-03-15 09:00:00")
	end, _ := time.Parse(time.DateTime, "2024-03-15 17:45:30")
	fmt.Println("a shift of", end.Sub(start), "ending", end.Format(time.Kitchen))

	// A time of day alone is in year 0, as Go reads it.
	opens, _ := time.Parse("15:04", "09:30")
	closes, _ := time.Parse(time.Kitchen, "5:45PM")
	fmt.Println(opens, "|", closes, "|", closes.Sub(opens), opens.Year(), opens.Month(), opens.IsZero())
	noon, err := time.Parse(time.TimeOnly, "12:00:00")
	fmt.Println(noon.Format(time.Kitchen), err, noon.After(opens))

	var never time.Time
	fmt.Println(never, never.IsZero(), never.Year(), never.Weekday(), never.Unix(), never.Before(opens))
	fmt.Println(never.Add(90*time.Minute), never.AddDate(2024, 0, 0).IsZero(), opens.Sub(never))
	fmt.Println(time.Since(never) > 0, never.Sub(time.Now()), time.Now().Sub(never))
	fmt.Println(time.Date(1066, 10, 14, 9, 0, 0, 0, time.UTC).Weekday(), time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC).AddDate(0, 0, 1))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC) == never)
}
