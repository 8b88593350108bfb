//! The mistakes of ranging over functions (Go 1.23's iterators, `iter.Seq` and `iter.Seq2`)
//! and of the library's iterators, and what syncscope does not run of them yet, checked as
//! `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "range_func_variable_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"iter\"\n)\n\nfunc letters() iter.Seq[string] {\n\treturn func(yield func(string) bool) {\n\t\tyield(\"a\")\n\t}\n}\n\nfunc main() {\n\tn := 0\n\tfor s := range letters() {\n\t\tn++\n\t}\n\tfmt.Println(n)\n}\n",
    ),
    (
        "iter_not_imported",
        "package main\n\nimport \"fmt\"\n\nfunc ones() iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n\t\tyield(1)\n\t}\n}\n\nfunc main() {\n\tfmt.Println(\"x\")\n}\n",
    ),
    (
        "range_func_return_of_wrong_type",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc first(xs []string) int {\n\tfor s := range slices.Values(xs) {\n\t\treturn s\n\t}\n\treturn 0\n}\n\nfunc main() {\n\tfmt.Println(first([]string{\"a\"}))\n}\n",
    ),
    (
        "seq2_one_type_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"iter\"\n)\n\nfunc main() {\n\tvar s iter.Seq2[int]\n\tfmt.Println(s == nil)\n}\n",
    ),
    (
        "sorted_values_of_structs",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\ntype pt struct{ x int }\n\nfunc main() {\n\tps := []pt{{1}}\n\tfmt.Println(slices.Sorted(slices.Values(ps)))\n}\n",
    ),
    (
        "slices_values_of_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\n\tfor v := range slices.Values(7) {\n\t\tfmt.Println(v)\n\t}\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "defer_in_range_func",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\n\tfor v := range slices.Values([]int{1, 2}) {\n\t\tdefer fmt.Println(v)\n\t}\n}\n",
    ),
    (
        "continue_label_of_range_func",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc main() {\nrows:\n\tfor v := range slices.Values([]int{1, 2}) {\n\t\tfor j := range 3 {\n\t\t\tif j == v {\n\t\t\t\tcontinue rows\n\t\t\t}\n\t\t\tfmt.Println(v, j)\n\t\t}\n\t}\n}\n",
    ),
    (
        "bare_return_in_range_func",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"slices\"\n)\n\nfunc first(xs []int) (n int) {\n\tfor v := range slices.Values(xs) {\n\t\tn = v\n\t\treturn\n\t}\n\treturn -1\n}\n\nfunc main() {\n\tfmt.Println(first([]int{4}))\n}\n",
    ),
    (
        "iter_pull",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"iter\"\n\t\"slices\"\n)\n\nfunc main() {\n\tnext, stop := iter.Pull(slices.Values([]int{1, 2}))\n\tdefer stop()\n\tv, ok := next()\n\tfmt.Println(v, ok)\n}\n",
    ),
];
