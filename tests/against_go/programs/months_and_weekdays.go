package main

import (
	"fmt"
	"time"
)

// A rota by weekday: the clock's month and day differ from run to run, what they say about
// its own layouts does not.
func shift(d time.Weekday) string {
	switch d {
	case time.Saturday, time.Sunday:
		return "weekend"
	case time.Friday:
		return "short day"
	}
	return "full day"
}

func main() {
	t := time.Now()
	fmt.Println("the month is the layout's:", fmt.Sprint(t.Month()) == t.Format("January"))
	fmt.Println("and the weekday:", fmt.Sprintf("%v", t.Weekday()) == t.Format("Monday"))
	fmt.Println("as a number:", fmt.Sprintf("%02d", t.Month()) == t.Format("01"))
	fmt.Println("in range:", t.Month() >= time.January && t.Month() <= time.December,
		int(t.Weekday()) < 7)

	fmt.Println(time.November, time.Tuesday, time.January+2, time.Saturday-1)
	fmt.Printf("%v %d %s %T %T\n", time.March, time.March, time.Sunday, time.March, time.Sunday)
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Printf("%-9v %s\n", d, shift(d))
	}
	var m time.Month = 12
	m++
	fmt.Println(m, time.Weekday(7), time.Month(0), int(m)-1)
	months := []time.Month{time.February, time.June, time.October}
	for i, mo := range months {
		fmt.Print(mo, " is ", int(mo))
		if i < len(months)-1 {
			fmt.Print(", ")
		}
	}
	fmt.Println()
	quarter := (int(time.August) + 2) / 3
	fmt.Println("August is in quarter", quarter)
}
