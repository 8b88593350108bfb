//! Struct types written in place (`[]struct{ name string; n int }{...}`), `==` of structs and
//! calls of a slice's or map's functions (`fs[i](x)`): Go's compile errors for their mistakes,
//! word for word, and what syncscope refuses of them.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "anon_struct_too_few_values",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor _, tc := range []struct {\n\t\tname string\n\t\tn    int\n\t}{{\"a\", 1}, {\"b\"}} {\n\t\tfmt.Println(tc.name, tc.n)\n\t}\n}\n",
    ),
    (
        "anon_struct_unknown_field_in_literal",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tpt := struct{ X, Y int }{X: 1, Z: 2}\n\tfmt.Println(pt)\n}\n",
    ),
    (
        "anon_struct_unknown_field_read",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar cfg struct {\n\t\tworkers int\n\t}\n\tcfg.workers = 2\n\tfmt.Println(cfg.wrokers)\n}\n",
    ),
    (
        "anon_struct_too_many_values",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tpt := struct{ X, Y int }{1, 2, 3}\n\tfmt.Println(pt)\n}\n",
    ),
    (
        "anon_structs_of_different_fields_compared",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta := struct{ X, Y int }{1, 2}\n\tvar c struct {\n\t\tX int\n\t\tY string\n\t}\n\tfmt.Println(a == c)\n}\n",
    ),
    (
        "struct_with_a_slice_compared",
        "package main\n\nimport \"fmt\"\n\ntype tags struct {\n\tn    int\n\tlist []string\n}\n\nfunc main() {\n\tx, y := tags{}, tags{}\n\tfmt.Println(x == y)\n}\n",
    ),
    (
        "anon_struct_with_a_func_compared",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tw := struct{ f func() }{}\n\tfmt.Println(w == w)\n}\n",
    ),
    (
        "anon_struct_field_of_the_wrong_type",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tpt := struct{ X, Y int }{1, \"2\"}\n\tfmt.Println(pt)\n}\n",
    ),
    (
        "index_call_of_a_variable_not_indexed",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn, i := 3, 0\n\tfmt.Println(n[i](\"q\"))\n}\n",
    ),
    (
        "index_call_of_a_func_with_the_wrong_argument",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfs := []func(int) int{func(n int) int { return n }}\n\ti := 0\n\tfmt.Println(fs[i](\"q\"))\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "anon_struct_with_a_tag",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tv := struct {\n\t\tName string `json:\"name\"`\n\t}{\"a\"}\n\tfmt.Println(v)\n}\n",
    ),
    (
        "struct_with_a_mutex_compared",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\ntype guarded struct {\n\tmu sync.Mutex\n\tn  int\n}\n\nfunc main() {\n\tvar a, b guarded\n\tfmt.Println(a == b)\n}\n",
    ),
];
