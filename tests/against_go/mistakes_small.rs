//! The mistakes of a `time.Time`'s parts and `Format`, and what syncscope refuses of them,
//! of `cmp.Compare` and of `fmt`'s verbs, checked as `mistakes.rs` checks its own: Go
//! decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "println_used_as_a_value",
        "package main\n\nfunc main() {\n\tx := println(\"a\")\n\t_ = x\n}\n",
    ),
    (
        "println_of_a_struct",
        "package main\n\ntype p struct{ x int }\n\nfunc main() {\n\tprintln(p{1})\n}\n",
    ),
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
    (
        "method_expression_of_a_pointer_method_on_a_value_type",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tf := Point.Move\n\tfmt.Println(f)\n}\n",
    ),
    (
        "method_expression_of_a_method_the_type_lacks",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tf := (*Point).Scale\n\tfmt.Println(f)\n}\n",
    ),
    (
        "method_expression_called_with_too_many_arguments",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tfmt.Println(Point.Dist(Point{1, 2}, 3))\n}\n",
    ),
    (
        "assigning_to_a_method",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tvar p Point\n\tp.Dist = nil\n\tfmt.Println(p)\n}\n",
    ),
    (
        "method_of_two_results_of_a_literal_into_one",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\ntype Pair struct{ a, b int }\n\nfunc (p *Pair) Both() (int, int) { return p.a, p.b }\n\nfunc main() {\n\tx := (&Pair{1, 2}).Both()\n\tfmt.Println(x)\n}\n",
    ),
    (
        "sync_map_has_no_get",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar m sync.Map\n\tm.Get(\"x\")\n\tfmt.Println(1)\n}\n",
    ),
    (
        "sync_map_load_into_one_variable",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar m sync.Map\n\tv := m.Load(\"k\")\n\tfmt.Println(v)\n}\n",
    ),
    (
        "sync_map_store_of_one_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tm := sync.Map{}\n\tm.Store(\"k\")\n\tfmt.Println(1)\n}\n",
    ),
    (
        "sync_map_value_added_to_without_assertion",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar m sync.Map\n\tm.Store(\"a\", 1)\n\tv, _ := m.Load(\"a\")\n\tfmt.Println(v + 1)\n}\n",
    ),
    (
        "errors_join_of_an_int",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(errors.Join(1))\n}\n",
    ),
    (
        "scanner_split_of_nothing",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"os\"\n)\n\nfunc main() {\n\tsc := bufio.NewScanner(os.Stdin)\n\tsc.Split()\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "sharp_v_of_an_error",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Printf(\"%#v\\n\", errors.New(\"x\"))\n}\n",
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
        "printing_a_sync_map",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tm := new(sync.Map)\n\tfmt.Println(m)\n}\n",
    ),
    (
        "scanner_split_of_the_programs_own_function",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"os\"\n)\n\nfunc lines(data []byte, atEOF bool) (int, []byte, error) { return bufio.ScanLines(data, atEOF) }\n\nfunc main() {\n\tsc := bufio.NewScanner(os.Stdin)\n\tsc.Split(lines)\n}\n",
    ),
];
