//! Mistakes with types declared of slices, maps, functions, channels and arrays, and with
//! `sort.Interface`: Go decides every word (see `mistakes`), and what syncscope does not run
//! of them yet.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "too_many_values_in_nested_struct_literals",
        "package main\n\nimport \"fmt\"\n\ntype Step struct{ Name string }\n\nfunc main() {\n\tplan := &Step{\"wash\", &Step{\"rinse\", &Step{\"dry\", nil}}}\n\tfmt.Println(plan)\n}\n",
    ),
    (
        "composite_intlist_as_strings",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\ntype IntList []int\n\nfunc main() {\n\tl := IntList{1, 2, 3}\n\tfmt.Println(strings.Join(l, \",\"))\n}\n",
    ),
    (
        "composite_missing_swap",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n)\n\ntype byLength []string\n\nfunc (s byLength) Len() int           { return len(s) }\nfunc (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }\n\nfunc main() {\n\tfruits := []string{\"peach\", \"kiwi\", \"banana\"}\n\tsort.Sort(byLength(fruits))\n\tfmt.Println(fruits)\n}\n",
    ),
    (
        "composite_receiver_slice",
        "package main\n\nimport \"fmt\"\n\nfunc (s []int) Sum() int {\n\tt := 0\n\tfor _, v := range s {\n\t\tt += v\n\t}\n\treturn t\n}\n\nfunc main() {\n\tfmt.Println(\"sum\")\n}\n",
    ),
    (
        "composite_receiver_map",
        "package main\n\nimport \"fmt\"\n\nfunc (m map[string]int) Size() int { return len(m) }\n\nfunc main() {\n\tfmt.Println(\"size\")\n}\n",
    ),
    (
        "composite_receiver_func",
        "package main\n\nimport \"fmt\"\n\nfunc (f func(int) int) Twice(x int) int { return f(f(x)) }\n\nfunc main() {\n\tfmt.Println(\"twice\")\n}\n",
    ),
    (
        "composite_search_wrong_arg",
        "package main\n\nimport \"fmt\"\n\ntype Result string\n\ntype Search func(query string) Result\n\nfunc main() {\n\tweb := Search(func(q string) Result { return Result(\"web: \" + q) })\n\tfmt.Println(web(42))\n}\n",
    ),
    (
        "composite_two_named_slices",
        "package main\n\nimport \"fmt\"\n\ntype Names []string\n\ntype Tags []string\n\nfunc main() {\n\tn := Names{\"ann\"}\n\tvar t Tags = n\n\tfmt.Println(t)\n}\n",
    ),
    (
        "composite_named_slice_key",
        "package main\n\nimport \"fmt\"\n\ntype Names []string\n\nfunc main() {\n\tseen := map[Names]bool{}\n\tfmt.Println(len(seen))\n}\n",
    ),
    (
        "composite_convert_int_to_names",
        "package main\n\nimport \"fmt\"\n\ntype Names []string\n\nfunc main() {\n\tn := Names(42)\n\tfmt.Println(n)\n}\n",
    ),
    (
        "composite_registry_no_method",
        "package main\n\nimport \"fmt\"\n\ntype Registry map[string]int\n\nfunc (r Registry) Add(name string) { r[name]++ }\n\nfunc main() {\n\tr := Registry{}\n\tr.Add(\"a\")\n\tr.Remove(\"a\")\n\tfmt.Println(r)\n}\n",
    ),
    (
        "composite_call_registry",
        "package main\n\nimport \"fmt\"\n\ntype Registry map[string]int\n\nfunc main() {\n\tr := Registry{\"a\": 1}\n\tfmt.Println(r(\"a\"))\n}\n",
    ),
    (
        "composite_compare_named_slices",
        "package main\n\nimport \"fmt\"\n\ntype Names []string\n\nfunc main() {\n\ta := Names{\"x\"}\n\tb := Names{\"x\"}\n\tfmt.Println(a == b)\n}\n",
    ),
    (
        "composite_add_to_named_map",
        "package main\n\nimport \"fmt\"\n\ntype Registry map[string]int\n\nfunc main() {\n\tr := Registry{\"a\": 1}\n\tfmt.Println(r + 1)\n}\n",
    ),
    (
        "composite_send_recv_only_named",
        "package main\n\nimport \"fmt\"\n\ntype Inbox <-chan int\n\nfunc main() {\n\tch := make(chan int, 1)\n\tvar in Inbox = ch\n\tin <- 1\n\tfmt.Println(len(in))\n}\n",
    ),
    (
        "composite_range_send_only_named",
        "package main\n\nimport \"fmt\"\n\ntype Outbox chan<- int\n\nfunc main() {\n\tch := make(chan int, 1)\n\tvar out Outbox = ch\n\tfor v := range out {\n\t\tfmt.Println(v)\n\t}\n}\n",
    ),
    (
        "composite_unused_named_slice",
        "package main\n\ntype Names []string\n\nfunc main() {\n\tn := Names{\"a\"}\n}\n",
    ),
    (
        "composite_stage_too_many_args",
        "package main\n\nimport \"fmt\"\n\ntype Stage func(int) int\n\nfunc main() {\n\tdouble := Stage(func(x int) int { return 2 * x })\n\tfmt.Println(double(1, 2))\n}\n",
    ),
    (
        "composite_board_value_not_sortable",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n)\n\ntype Board struct{ scores []int }\n\nfunc (b *Board) Len() int           { return len(b.scores) }\nfunc (b *Board) Less(i, j int) bool { return b.scores[i] < b.scores[j] }\nfunc (b *Board) Swap(i, j int)      { b.scores[i], b.scores[j] = b.scores[j], b.scores[i] }\n\nfunc main() {\n\tb := Board{scores: []int{3, 1, 2}}\n\tsort.Sort(b)\n\tfmt.Println(b.scores)\n}\n",
    ),
    (
        "composite_is_sorted_missing_len",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n)\n\ntype byAge []int\n\nfunc (a byAge) Less(i, j int) bool { return a[i] < a[j] }\nfunc (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }\n\nfunc main() {\n\tages := byAge{3, 1}\n\tfmt.Println(sort.IsSorted(ages))\n}\n",
    ),
    (
        "composite_reverse_missing_less",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n)\n\ntype words []string\n\nfunc (w words) Len() int      { return len(w) }\nfunc (w words) Swap(i, j int) { w[i], w[j] = w[j], w[i] }\n\nfunc main() {\n\tw := words{\"b\", \"a\"}\n\tsort.Sort(sort.Reverse(w))\n\tfmt.Println(w)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[(
    "composite_recursive_tree",
    "package main\n\nimport \"fmt\"\n\ntype Tree map[string]Tree\n\nfunc main() {\n\tt := Tree{\"a\": Tree{}}\n\tfmt.Println(len(t))\n}\n",
)];
