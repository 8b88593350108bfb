package main

import (
	"os"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

const report = `{{range $i, $it := .Items -}}
{{$i}}. {{$it.Name}}{{if gt $it.Qty 10}} (bulk){{else if eq $it.Qty 0}} (sold out){{else}} x{{$it.Qty}}{{end}}
{{- with $it.Tags}} tags:{{range .}} {{.}}{{end}}{{else}} no tags{{end}}
{{end -}}
Total items: {{len .Items}}; first: {{(index .Items 0).Name}}
{{if and .Open (not .Holiday)}}open{{else}}closed{{end}} {{or .Note "no note"}}
`

func main() {
	t := template.Must(template.New("report").Parse(report))
	t.Execute(os.Stdout, map[string]any{
		"Items": []Item{
			{"pen", 1.5, 20, []string{"office", "blue"}},
			{"ink", 4.25, 0, nil},
			{"pad", 2, 3, []string{"paper"}},
		},
		"Open":    true,
		"Holiday": false,
		"Note":    "",
	})

	counts := template.Must(template.New("counts").Parse(
		"{{range $k, $v := .}}{{$k}}={{$v}};{{end}} {{range .}}{{.}}{{end}}\n"))
	counts.Execute(os.Stdout, map[string]int{"pear": 3, "apple": 1, "fig": 2})

	nums := template.Must(template.New("nums").Parse(
		"{{range 4}}{{.}}{{end}} {{range $i := 3}}[{{$i}}]{{end}} {{range .}}{{.}},{{else}}empty{{end}} {{range $v := .}}{{$v}}{{end}}\n"))
	nums.Execute(os.Stdout, []int{})
	nums.Execute(os.Stdout, [3]string{"x", "y", "z"})

	cmp := template.Must(template.New("cmp").Parse(
		"{{eq .A 1}} {{eq .A 2 3 1}} {{ne .S \"go\"}} {{lt .A 2}} {{le .F 1.5}} {{gt .S \"a\"}} {{ge .A 1}} {{eq .B true}}\n"))
	cmp.Execute(os.Stdout, struct {
		A int
		S string
		F float64
		B bool
	}{1, "go", 1.5, true})

	truth := template.Must(template.New("truth").Parse(
		"{{if .}}yes{{else}}no{{end}} "))
	for _, v := range []any{0, 1, "", "x", []int{}, []int{1}, map[string]int{}, nil, true, false, 0.0} {
		truth.Execute(os.Stdout, v)
	}
	os.Stdout.WriteString("\n")

	with := template.Must(template.New("with").Parse(
		"{{with .Name}}name={{.}}{{else with .ID}}id={{.}}{{else}}anonymous{{end}}\n"))
	with.Execute(os.Stdout, map[string]any{"Name": "ann"})
	with.Execute(os.Stdout, map[string]any{"ID": 7})
	with.Execute(os.Stdout, map[string]any{})
}
