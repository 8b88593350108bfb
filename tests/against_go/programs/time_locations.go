package main

import (
	"fmt"
	"time"
)

// Where a time is: a meeting booked in UTC, its location printed and compared, the same
// instant moved between time.UTC and time.Local (syncscope's Local is the playground's UTC).
func main() {
	p := fmt.Println
	meeting := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(meeting)
	p(meeting.Location())
	p(meeting.Location() == time.UTC, meeting.Location() == time.Local)

	loc := meeting.Location()
	fmt.Printf("%v %s %q %T\n", loc, time.Local, loc, loc)
	p("named", loc.String()+"!", time.Local.String())

	var zero time.Time
	p("zero time in", zero.Location(), zero.Location() == time.UTC, loc != nil)

	local := meeting.In(time.Local)
	p(local.Location(), local.Equal(meeting), local == meeting)
	back := local.In(loc)
	p(back.Location(), back == meeting)
	p(meeting.Local().Location(), local.UTC().Location())

	// A location taken from one time makes another in the same place.
	follow := time.Date(2009, 11, 18, 9, 0, 0, 0, local.Location())
	p(follow.Location(), follow.Sub(meeting))

	now := time.Now()
	p("now in", now.Location(), now.UTC().Location())
}
