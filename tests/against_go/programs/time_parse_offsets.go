// Log lines stamped in RFC 3339 with an explicit +00:00 offset (as Go by Example's
// time-formatting chapter parses them), read by workers and ordered by time. What is
// printed is the same on any machine: the zone a zero offset gets is the machine's.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	lines := []string{
		"2012-11-01T22:08:41+00:00",
		"2012-11-01T21:59:03Z",
		"2012-11-01T22:10:00-00:00",
	}
	stamps := make([]time.Time, len(lines))
	var wg sync.WaitGroup
	for i, line := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t, err := time.Parse(time.RFC3339, line)
			if err != nil {
				fmt.Println(err)
				return
			}
			stamps[i] = t
		}()
	}
	wg.Wait()
	sort.Slice(stamps, func(i, j int) bool { return stamps[i].Before(stamps[j]) })
	for _, t := range stamps {
		fmt.Println(t.UTC(), t.Format(time.RFC3339), t.Format(time.Kitchen), t.Unix())
	}

	t1, _ := time.Parse(time.RFC3339, lines[0])
	fmt.Println(t1 == t1.UTC(), t1.Equal(t1.UTC()), t1.Hour(), t1.Minute())
	t2, err := time.Parse("2006-01-02 15:04 -0700", "2012-11-01 22:08 +0000")
	fmt.Println(t2.UTC(), err, t2.Equal(t1.Truncate(time.Minute)))
	t3, err := time.Parse(time.RFC1123Z, "Thu, 01 Nov 2012 22:08:41 +0000")
	fmt.Println(t3.UTC(), err, t3.Sub(t1))
	t4, err := time.Parse("2006-01-02 15:04:05 -0700 MST", "2012-11-01 22:08:41 +0000 UTC")
	fmt.Println(t4, err, t4 == t1.UTC())

	_, err = time.Parse(time.RFC3339, "2012-11-01T22:08:41+0000")
	fmt.Println(err)
}
