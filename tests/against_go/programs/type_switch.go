package main

import (
	"fmt"
	"time"
)

// A dispatcher reads messages of several kinds from one channel and sorts them by type.
type Job struct {
	ID   int
	Cost time.Duration
}

type Status struct {
	Worker int
	Busy   bool
}

func (s Status) String() string {
	if s.Busy {
		return fmt.Sprintf("worker %d busy", s.Worker)
	}
	return fmt.Sprintf("worker %d idle", s.Worker)
}

type Stop struct{}

func producer(out chan<- any) {
	out <- Job{1, 20 * time.Millisecond}
	out <- Status{2, true}
	out <- "a note"
	out <- 7
	out <- &Job{ID: 9}
	out <- nil
	out <- 2.5
	out <- Stop{}
}

func main() {
	msgs := make(chan any)
	go producer(msgs)
	for {
		m := <-msgs
		switch v := m.(type) {
		case nil:
			fmt.Println("nil message", v == nil)
		case Job:
			time.Sleep(v.Cost)
			fmt.Printf("job %d done after %v\n", v.ID, v.Cost)
		case *Job:
			fmt.Println("job by pointer", v.ID)
		case Status:
			fmt.Println("status:", v)
		case int, float64:
			fmt.Printf("number %v of type %T\n", v, v)
		case Stop:
			fmt.Println("stop")
			return
		default:
			fmt.Printf("unknown %T: %v\n", v, v)
		}
		if s, ok := m.(fmt.Stringer); ok {
			fmt.Println("  it says", s.String())
		}
		if n, ok := m.(int); ok {
			fmt.Println("  twice", n*2)
		}
	}
}
