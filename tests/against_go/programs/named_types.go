package main

import (
	"fmt"
	"sync"
	"time"
)

// A job's state is a named int with a String method: fmt prints its name.
type State int

const (
	Queued State = iota
	Running
	Done
	Failed
)

func (s State) String() string {
	switch s {
	case Queued:
		return "queued"
	case Running:
		return "running"
	case Done:
		return "done"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

func (s State) Finished() bool { return s == Done || s == Failed }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Owner string

const (
	Low = (iota + 1) * 10
	Mid
	High
)

type Job struct {
	ID    int
	State State
	Owner Owner
}

func main() {
	jobs := []*Job{{ID: 1, Owner: "ana"}, {ID: 2, Owner: "bo"}, {ID: 3, Owner: "cy"}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			j.State = Running
			mu.Unlock()
			time.Sleep(time.Duration(j.ID) * 10 * time.Millisecond)
			mu.Lock()
			if j.ID == 2 {
				j.State = Failed
			} else {
				j.State = Done
			}
			fmt.Println("job", j.ID, "of", j.Owner, "is", j.State, j.State.Finished())
			mu.Unlock()
		}()
	}
	wg.Wait()
	var s State = 2
	fmt.Printf("%v %d %s %T %q\n", s, s, s, s, s)
	fmt.Println(Queued, Failed, State(7), s+1, s == Done)
	t := Celsius(21.5)
	t += 0.5
	fmt.Printf("%.1f %v %T %.1f\n", t, t, t, t.Fahrenheit())
	fmt.Println(t > 20, Celsius(100).Fahrenheit())
	o := Owner("dee")
	fmt.Println(o, len(o), o+"!", Low, Mid, High)
	fmt.Printf("%T %v\n", o, jobs[0].ID)
}
