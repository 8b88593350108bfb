package main

import (
	"fmt"
	"os"
	"text/template"
)

type Student struct {
	Name   string
	Grade  int
	Scores []int
	Coach  *Student
}

func main() {
	// Go by Example's text-templates chapter, in our own words.
	greet := template.New("greet")
	greet, err := greet.Parse("Hello, {{.}}!\n")
	if err != nil {
		panic(err)
	}
	greet.Execute(os.Stdout, "gophers")
	greet.Execute(os.Stdout, 42)
	greet.Execute(os.Stdout, []string{"a", "b"})
	greet = template.Must(greet.Parse("Hi again, {{.}}.\n"))
	greet.Execute(os.Stdout, 3.5)
	fmt.Println("name:", greet.Name())

	create := func(name, text string) *template.Template {
		return template.Must(template.New(name).Parse(text))
	}
	card := create("card", "{{.Name}} is in grade {{.Grade}}; scores {{.Scores}}\n")
	ada := Student{Name: "Ada", Grade: 7, Scores: []int{90, 85}}
	card.Execute(os.Stdout, ada)
	card.Execute(os.Stdout, &ada)
	card.Execute(os.Stdout, map[string]any{"Name": "Bo", "Grade": 6, "Scores": nil})

	coach := create("coach", "{{.Name}}'s coach is {{.Coach.Name}}\n")
	bo := Student{Name: "Bo", Coach: &Student{Name: "Cy"}}
	coach.Execute(os.Stdout, bo)

	anon := create("anon", "{{.Title}} by {{.Author.First}} {{.Author.Last}}\n")
	anon.Execute(os.Stdout, struct {
		Title  string
		Author struct{ First, Last string }
	}{"Go", struct{ First, Last string }{"Rob", "Pike"}})

	lits := create("lits", "{{1}} {{-2}} {{3.25}} {{1e3}} {{'x'}} {{true}} {{\"q\"}} {{`raw`}}\n")
	lits.Execute(os.Stdout, nil)

	trim := create("trim", "a   {{- 1 -}}   b {{/* a comment */}}c\n  {{- \"d\" }}\n")
	trim.Execute(os.Stdout, nil)

	vars := create("vars", "{{$n := .Grade}}{{$n}} {{$n = 9}}{{$n}} {{$.Name}} {{$}}\n")
	vars.Execute(os.Stdout, Student{Name: "Di", Grade: 5})

	pipes := create("pipes", "{{.Grade | printf \"%03d\"}} {{printf \"%s-%d\" .Name .Grade}} {{.Name | printf \"%q\" | printf \"<%s>\"}}\n")
	pipes.Execute(os.Stdout, ada)

	prints := create("prints", "{{print 1 2 \"a\" \"b\" 3}}|{{println \"x\" 1}}|{{print}}\n")
	prints.Execute(os.Stdout, nil)

	missing := create("missing", "[{{.nope}}] [{{.}}]\n")
	missing.Execute(os.Stdout, map[string]int{"yes": 1})
	missing.Execute(os.Stdout, nil)

	err = card.Execute(os.Stderr, Student{Name: "Ed"})
	fmt.Println("to stderr:", err)

	// A template never parsed, and one parsed again with only a comment or spaces:
	// Go keeps what it had.
	blank := template.New("blank")
	err = blank.Execute(os.Stdout, 1)
	fmt.Printf("%v (%T)\n", err, err)
	again := template.New("again")
	again.Parse("first {{.}}\n")
	again.Parse("{{/* nothing */}}")
	again.Execute(os.Stdout, 1)
	again.Parse("  \n")
	again.Execute(os.Stdout, 2)
	again.Parse("second {{.}}\n")
	again.Execute(os.Stdout, 3)
}
