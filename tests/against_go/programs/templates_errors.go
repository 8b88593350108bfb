package main

import (
	"fmt"
	"os"
	"text/template"
)

type Pet struct {
	Name  string
	Owner *Pet
	age   int
}

func parse(name, text string) {
	_, err := template.New(name).Parse(text)
	fmt.Printf("%s: %v\n", name, err)
}

func run(name, text string, data any) {
	t := template.Must(template.New(name).Parse(text))
	err := t.Execute(os.Stdout, data)
	fmt.Printf("\n%s: %v (%T)\n", name, err, err)
}

func main() {
	parse("p1", "{{ .Name }")
	parse("p2", "{{.Name}")
	parse("p3", "Hi {{.Name")
	parse("p4", "{{if .Ok}}yes")
	parse("p5", "{{end}}")
	parse("p6", "{{if}}x{{end}}")
	parse("p7", "{{upper .Name}}")
	parse("p8", "line one\n{{$x}}")
	parse("p9", "{{\"open}}")
	parse("p10", "{{/* never closed }}")
	parse("p11", "{{/* c */ }}")
	parse("p12", "{{range .}}a{{else}}b{{else}}c{{end}}")
	parse("p13", "{{else}}")
	parse("p14", "{{.A | 3}}")
	parse("p15", "ok {{.}}")

	run("e1", "{{.Nope}}", struct{ Name string }{"x"})
	run("e2", "name: {{.Name}}\nage: {{.Age}}", Pet{Name: "Rex"})
	run("e3", "{{.age}}", Pet{})
	run("e4", "{{.Owner.Name}}", Pet{Name: "Tom"})
	run("e5", "{{.Name.First}}", Pet{})
	run("e6", "{{.k}}", map[int]string{1: "a"})
	run("e7", "{{len .}}", 7)
	run("e8", "{{index . 3}}", []string{"a"})
	run("e9", "{{if eq . \"7\"}}x{{end}}", 7)
	run("e10", "{{lt . true}}", true)
	run("e11", "{{and}}", nil)
	run("e12", "{{not 1 2}}", nil)
	run("e13", "{{nil}}", nil)
	run("e14", "{{range .}}{{.}}{{end}}", 3.5)
	run("e15", "ok {{.}} then {{.X}}", 1)

	template.Must(template.New("must").Parse("{{if}}"))
}
