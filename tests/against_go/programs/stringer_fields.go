package main

import (
	"errors"
	"fmt"
	"time"
)

// fmt calls String (or Error) of what it prints inside a value too: the exported fields of a
// struct, the elements of a slice or array, the values of a map. Unexported fields are
// printed as they are, since fmt cannot reach their methods.

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Code string

func (c Code) Error() string { return "code " + string(c) }

type Entry struct {
	Seq   int
	Level Level
	Text  string
	Fail  Code
	level Level
}

type Batch struct {
	Name    string
	Entries []Entry
}

type counter struct{ n int }

func (c *counter) String() string { return "counter" }

type Holder struct {
	C counter
	N int
}

func main() {
	e := Entry{Seq: 1, Level: Warn, Text: "disk", Fail: "E7", level: Info}
	fmt.Println(e)
	fmt.Printf("%v|%+v\n", e, e)
	fmt.Printf("%s\n", Entry{Seq: 2, Level: Info, Text: "net", Fail: "E1"})
	fmt.Printf("%d\n", Entry{Seq: 3, Level: Debug})
	fmt.Println([]Entry{{Seq: 4, Level: Info}, {Seq: 5, Level: Warn}})
	fmt.Println([2]Entry{{Seq: 6}, {Seq: 7, Level: Info}})
	levels := map[string]Level{"db": Warn, "web": Info}
	fmt.Println(levels)
	fmt.Printf("%v %d\n", levels, levels)
	fmt.Println(map[int]Code{1: "A", 2: "B"})
	fmt.Println(Holder{C: counter{3}, N: 4})
	s := fmt.Sprint(Entry{Seq: 8, Level: Level(9)})
	fmt.Println(len(s), s)
	fmt.Println(errors.New("plain"), Info)
	fmt.Println(map[string]time.Month{"start": time.May}, []time.Weekday{time.Monday})
}
