package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

type Stack []int

func (s *Stack) Push(x int) { *s = append(*s, x) }

func (s *Stack) Pop() int {
	old := *s
	x := old[len(old)-1]
	*s = old[:len(old)-1]
	return x
}

func (s Stack) Peek() int { return s[len(s)-1] }

type Names []string

type Registry map[string]int

var registry = Registry{"boot": 1}

type Notify func(string)

type Ticks chan time.Duration

type Item struct {
	name  string
	count int
}

type Items []Item

func describe(v any) string {
	switch x := v.(type) {
	case Names:
		return "names " + strings.Join(x, "+")
	case Stack:
		return fmt.Sprint("stack ", len(x))
	default:
		return "other"
	}
}

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s.Peek(), s, len(s))
	names := Names{"cy", "ann", "bo"}
	sort.Strings(names)
	fmt.Println(names, strings.Join(names, ","))
	ns := Names{"z", "y"}
	slices.Sort(ns)
	fmt.Println(ns, describe(ns), describe(s), describe(3))
	registry["x"] += 2
	for _, k := range []string{"boot", "x"} {
		fmt.Println(k, registry[k])
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	var notify Notify = func(msg string) {
		mu.Lock()
		log = append(log, msg)
		mu.Unlock()
	}
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			notify(fmt.Sprint("job ", i))
		}()
	}
	wg.Wait()
	sort.Strings(log)
	fmt.Println(log)
	ticks := make(Ticks, 1)
	go func() { ticks <- 5 * time.Millisecond }()
	select {
	case d := <-ticks:
		fmt.Println("tick", d)
	case <-time.After(time.Second):
		fmt.Println("late")
	}
	items := Items{{"a", 1}, {"b", 2}}
	for i := range items {
		items[i].count *= 10
	}
	items = append(items, Item{"c", 3})
	fmt.Println(items, len(items))
	fmt.Printf("%v %+v %T\n", items[0], items[1], items)
	dst := make(Names, 2)
	n := copy(dst, names)
	fmt.Println(n, dst)
	defer notify("deferred")
	fmt.Println(len(log))
}
