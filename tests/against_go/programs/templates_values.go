package main

import (
	"fmt"
	"os"
	"text/template"
	"time"
)

type Level string

type Base struct {
	ID      int
	created string
}

type Task struct {
	Base
	Title    string
	Done     bool
	Priority uint32
	Estimate time.Duration
	Ratio    float32
	Level    Level
	Owner    *string
	Notes    []string
	Extra    map[string]any
	Due      *Base
	Cause    error
	Check    func() bool
}

func show(name, text string, data any) {
	t, err := template.New(name).Parse(text)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("\nexec:", err)
	}
}

func main() {
	owner := "kim"
	task := Task{
		Base:     Base{ID: 42, created: "today"},
		Title:    "write tests",
		Priority: 2,
		Estimate: 90 * time.Minute,
		Ratio:    0.75,
		Level:    "high",
		Owner:    &owner,
		Notes:    []string{"unit", "differential"},
		Extra:    map[string]any{"tags": []string{"go"}, "size": 3, "none": nil},
		Cause:    fmt.Errorf("blocked by %s", "review"),
	}
	show("fields", "#{{.ID}} {{.Title}} done={{.Done}} p{{.Priority}} est={{.Estimate}} r={{.Ratio}} {{.Level}} by {{.Owner}}\n", task)
	show("ptr", "{{.Title}} {{.Base.ID}} {{.Notes}} {{.Extra}} {{.Cause}} {{.Due}}\n", &task)
	show("extra", "{{.Extra.size}} [{{.Extra.none}}] [{{.Extra.missing}}] {{index .Extra \"tags\"}} {{len .Extra}}\n", task)
	show("printf", "{{printf \"%T|%T|%T|%v\" .Level .Priority .Base .Base}}\n", task)
	show("plus", "{{printf \"%+v\" .Base}} {{printf \"%5.1f%%\" .Ratio}} {{printf \"%-6s|\" .Title}}\n", task)
	show("cmp", "{{eq .Priority 2}} {{lt .Priority 3}} {{eq .Level \"high\"}} {{ne .Title \"\"}} {{eq .Base .Base}} {{eq .Extra.none 1}}\n", task)
	show("nil", "{{print nil}} {{printf \"%v\" nil}} {{not nil}} {{len .}}\n", "héllo")
	show("owner", "{{with .Owner}}owned by {{.}}{{end}}{{with .Due}}due {{.ID}}{{else}} no due date{{end}}\n", task)
	show("fn", "{{.Check}}\n", task)
	show("unexported", "{{.created}}\n", task)
	show("nilptr", "{{.Due.ID}}\n", task)
	show("format", "{{printf .Priority}}\n", task)
	show("lt", "{{lt .Title 3}}\n", task)
	show("eqslice", "{{eq .Notes .Notes}}\n", task)
	show("lenmissing", "{{len .Extra.missing}}\n", task)
	show("assign", "{{$x = 1}}\n", task)
}
