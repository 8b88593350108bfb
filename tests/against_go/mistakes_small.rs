//! The mistakes of a `time.Time`'s parts and `Format`, and what syncscope refuses of them,
//! of `cmp.Compare` and of `fmt`'s verbs, checked as `mistakes.rs` checks its own: Go
//! decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "time_unix_takes_nothing",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.Now()\n\tfmt.Println(t.Unix(1))\n}\n",
    ),
    (
        "time_format_without_layout",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Now().Format())\n}\n",
    ),
    (
        "time_unix_is_int64",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar secs int = time.Now().Unix()\n\tfmt.Println(secs)\n}\n",
    ),
    (
        "method_of_two_results_into_one",
        "package main\n\nimport \"fmt\"\n\ntype Pair struct{}\n\nfunc (p *Pair) Both() (string, bool) { return \"a\", true }\n\nfunc main() {\n\tp := &Pair{}\n\tv := p.Both()\n\tfmt.Println(v)\n}\n",
    ),
    (
        "field_called_as_a_function",
        "package main\n\nimport \"fmt\"\n\ntype Gopher struct{ Name string }\n\nfunc main() {\n\tg := Gopher{\"Ann\"}\n\tfmt.Println(g.Name())\n}\n",
    ),
    (
        "two_results_into_a_field_of_the_wrong_interface",
        "package main\n\nimport \"fmt\"\n\ntype probe struct{ err error }\n\nfunc split(n int) (int, int) { return n / 10, n % 10 }\n\nfunc main() {\n\tvar p probe\n\tvar n int\n\tn, p.err = split(47)\n\tfmt.Println(n, p)\n}\n",
    ),
    (
        "two_results_into_an_element_of_the_wrong_type",
        "package main\n\nimport \"fmt\"\n\nfunc pair() (string, int) { return \"a\", 1 }\n\nfunc main() {\n\tnames := make([]int, 2)\n\tnames[0], names[1] = pair()\n\tfmt.Println(names)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "sharp_v_of_a_pointer_to_a_declared_slice",
        "package main\n\nimport \"fmt\"\n\ntype Stack []int\n\nfunc main() {\n\ts := Stack{1, 2}\n\tfmt.Printf(\"%#v\\n\", &s)\n}\n",
    ),
    (
        "cmp_compare_int_with_a_whole_float_constant",
        "package main\n\nimport (\n\t\"cmp\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tx := 3\n\tfmt.Println(cmp.Compare(x, 2.0))\n}\n",
    ),
    (
        "printf_sharp_v_of_a_stringer",
        "package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\nfunc (p point) String() string { return \"pt\" }\n\nfunc main() {\n\tp := point{1, 2}\n\tfmt.Printf(\"%#v\\n\", p)\n}\n",
    ),
    (
        "printf_sharp_v_of_a_spread_slice",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\targs := []any{1, \"a\"}\n\tfmt.Printf(\"%#v %#v\\n\", args...)\n}\n",
    ),
    (
        "sprintf_sharp_v_with_width",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := fmt.Sprintf(\"[%-#8v]\", []int{1})\n\tfmt.Println(s)\n}\n",
    ),
    (
        "method_results_printed_whole",
        "package main\n\nimport \"fmt\"\n\ntype Pair struct{}\n\nfunc (p *Pair) Both() (string, bool) { return \"a\", true }\n\nfunc main() {\n\tp := &Pair{}\n\tfmt.Println(p.Both())\n}\n",
    ),
];
