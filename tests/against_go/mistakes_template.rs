//! The mistakes of `text/template` calls Go's compiler finds, and what syncscope does not
//! run of the package yet, checked as `mistakes.rs` checks its own. A template's own
//! parse and execution errors are Go's values at run time: `programs/templates_errors.go`.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "template_execute_one_argument",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\").Parse(\"hi\"))\n\tt.Execute(os.Stdout)\n}\n",
    ),
    (
        "template_new_without_a_name",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.New()\n\tt.Execute(os.Stdout, nil)\n}\n",
    ),
    (
        "template_parse_of_an_int",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt, _ := template.New(\"t\").Parse(3)\n\tt.Execute(os.Stdout, nil)\n}\n",
    ),
    (
        "template_must_of_one_value",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\"))\n\tt.Execute(os.Stdout, nil)\n}\n",
    ),
    (
        "template_parse_one_variable",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.New(\"t\").Parse(\"hi\")\n\tt.Execute(os.Stdout, nil)\n}\n",
    ),
    (
        "template_parse_undefined",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.Parse(\"hi\")\n\tt.Execute(os.Stdout, nil)\n}\n",
    ),
    (
        "template_exec_undefined",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\").Parse(\"hi\"))\n\tt.Exec(os.Stdout, nil)\n}\n",
    ),
    (
        "template_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tfmt.Println(\"no templates\")\n}\n",
    ),
    (
        "template_execute_result_unused_value",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\").Parse(\"hi\"))\n\tx, err := t.Execute(os.Stdout, nil)\n\t_, _ = x, err\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "template_execute_template",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\").Parse(`{{define \"x\"}}hi{{end}}`))\n\tt.ExecuteTemplate(os.Stdout, \"x\", nil)\n}\n",
    ),
    (
        "template_funcs",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nimport \"strings\"\n\nfunc main() {\n\tt := template.New(\"t\").Funcs(template.FuncMap{\"upper\": strings.ToUpper})\n\tt = template.Must(t.Parse(\"{{upper .}}\"))\n\tt.Execute(os.Stdout, \"hi\")\n}\n",
    ),
    (
        "template_parse_files",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.Must(template.ParseFiles(\"page.tmpl\"))\n\tt.Execute(os.Stdout, nil)\n}\n",
    ),
    (
        "template_execute_into_a_buffer",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tvar buf bytes.Buffer\n\tt := template.Must(template.New(\"t\").Parse(\"hi {{.}}\"))\n\tt.Execute(&buf, 1)\n\tfmt.Println(buf.String())\n}\n",
    ),
    (
        "template_html",
        "package main\n\nimport (\n\t\"html/template\"\n\t\"os\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\").Parse(\"<p>{{.}}</p>\"))\n\tt.Execute(os.Stdout, \"<b>\")\n}\n",
    ),
    (
        "template_html_escape_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tfmt.Println(template.HTMLEscapeString(\"<a>\"))\n}\n",
    ),
    (
        "template_option",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\").Option(\"missingkey=error\").Parse(\"{{.x}}\"))\n\tt.Execute(os.Stdout, map[string]int{})\n}\n",
    ),
    (
        "template_delims",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/template\"\n)\n\nfunc main() {\n\tt := template.Must(template.New(\"t\").Delims(\"[[\", \"]]\").Parse(\"[[.]]\"))\n\tt.Execute(os.Stdout, 1)\n}\n",
    ),
];
