package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

type Task interface {
	Run() (string, error)
	fmt.Stringer
}

type Sleep struct{ D time.Duration }

func (s Sleep) Run() (string, error) {
	time.Sleep(s.D)
	return "slept " + s.D.String(), nil
}

func (s Sleep) String() string { return fmt.Sprintf("sleep(%v)", s.D) }

type Fail struct{ Why string }

func (f *Fail) Run() (string, error) { return "", errors.New(f.Why) }
func (f *Fail) String() string         { return "fail:" + f.Why }

type Stats struct {
	sync.Mutex
	ok, failed int
}

func (s *Stats) Record(err error) {
	s.Lock()
	defer s.Unlock()
	if err != nil {
		s.failed++
		return
	}
	s.ok++
}

func worker(id int, tasks <-chan Task, out chan<- any, st *Stats) {
	for t := range tasks {
		msg, err := t.Run()
		st.Record(err)
		if err != nil {
			out <- fmt.Errorf("worker %d: %v: %w", id, t, err)
			continue
		}
		out <- msg
	}
}

func main() {
	tasks := make(chan Task, 4)
	out := make(chan any, 4)
	st := &Stats{}
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(i, tasks, out, st)
		}()
	}
	list := []Task{Sleep{20 * time.Millisecond}, &Fail{"disk full"}, Sleep{5 * time.Millisecond}}
	for _, t := range list {
		fmt.Println("queue", t)
		tasks <- t
	}
	close(tasks)
	go func() {
		wg.Wait()
		close(out)
	}()
	for r := range out {
		switch v := r.(type) {
		case string:
			fmt.Println("ok:", v)
		case error:
			fmt.Println("error:", v)
		}
	}
	fmt.Printf("%d ok, %d failed, tasks %v\n", st.ok, st.failed, list)
	var t Task = Sleep{time.Second}
	if s, ok := t.(Sleep); ok {
		fmt.Println(s.D, t)
	}
	_, isFail := t.(*Fail)
	fmt.Println(isFail)
	f := t.(*Fail)
	fmt.Println(f)
}
