//! The mistakes of renamed imports (`import str "strings"`) and what syncscope refuses of
//! imports and of library functions used as values, checked as `mistakes.rs` checks its
//! own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "clear_of_a_string_slice_expression",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tword := \"gopher\"\n\tclear(word[1:])\n\tfmt.Println(word)\n}\n",
    ),
    (
        "func_ordered_against_nil",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar f func()\n\tfmt.Println(nil >= f)\n}\n",
    ),
    (
        "misspelled_member_of_a_renamed_import",
        "package main\n\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n)\n\nfunc main() {\n\tfmt.Println(str.ToUppper(\"a\"))\n}\n",
    ),
    (
        "nil_slice_assigned_to_an_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s []int = nil\n\tvar n int = s\n\tfmt.Println(n)\n}\n",
    ),
    (
        "own_name_of_a_renamed_import",
        "package main\n\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n)\n\nfunc main() {\n\tfmt.Println(str.ToUpper(\"a\"), strings.ToLower(\"B\"))\n}\n",
    ),
    (
        "own_name_of_a_renamed_import_as_a_type",
        "package main\n\nimport (\n\t\"fmt\"\n\tsy \"sync\"\n)\n\nvar mu sync.Mutex\n\nfunc main() {\n\tvar wg sy.WaitGroup\n\twg.Wait()\n\tfmt.Println(\"done\")\n}\n",
    ),
    (
        "range_assigned_variable_never_read",
        "package main\n\nfunc main() {\n\tx := 0\n\tfor x = range 3 {\n\t}\n}\n",
    ),
    (
        "range_assigns_a_value_of_another_type",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar i int\n\tvar v string\n\tfor i, v = range []int{1, 2} {\n\t}\n\tfmt.Println(i, v)\n}\n",
    ),
    (
        "range_assigns_an_int_to_a_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s string\n\tfor s = range []int{1, 2} {\n\t}\n\tfmt.Println(s)\n}\n",
    ),
    (
        "range_assigns_to_an_undeclared_name",
        "package main\n\nfunc main() {\n\tfor y = range 3 {\n\t}\n}\n",
    ),
    (
        "renamed_import_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n)\n\nfunc main() {\n\tfmt.Println(\"no strings here\")\n}\n",
    ),
    (
        "renamed_to_its_own_name_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\tstrings \"strings\"\n)\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
    ),
    (
        "slice_ordered_against_nil",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s []int\n\tfmt.Println(s < nil)\n}\n",
    ),
    (
        "spread_of_ints_into_println",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\txs := []int{1, 2}\n\tfmt.Println(xs...)\n}\n",
    ),
    (
        "three_index_slice_max_below_high",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []int{1, 2, 3, 4}\n\tfmt.Println(s[0:3:2])\n}\n",
    ),
    (
        "three_index_slice_of_a_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tword := \"gopher\"\n\tfmt.Println(word[0:2:3])\n}\n",
    ),
    (
        "two_funcs_compared",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tf := func() {}\n\tg := func() {}\n\tfmt.Println(f == g)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "atoi_as_a_value",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tparse := strconv.Atoi\n\tn, err := parse(\"42\")\n\tfmt.Println(n, err)\n}\n",
    ),
    (
        "blank_import",
        "package main\n\nimport (\n\t\"fmt\"\n\t_ \"strings\"\n)\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
    ),
    (
        "dot_import",
        "package main\n\nimport . \"fmt\"\n\nfunc main() {\n\tPrintln(\"hi\")\n}\n",
    ),
];
