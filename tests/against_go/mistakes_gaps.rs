//! Mistakes of the small things teaching programs do (a time's location, a pool's `New`
//! called, a pointer method of a value that has no address), and what syncscope refuses of
//! them, checked as `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "location_has_no_name_method",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.UTC.Name())\n}\n",
    ),
    (
        "location_unexported_field",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tloc := time.Now().Location()\n\tfmt.Println(loc.name)\n}\n",
    ),
    (
        "locations_ordered",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.UTC < time.Local)\n}\n",
    ),
    (
        "time_date_in_a_number",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Date(2009, 11, 10, 23, 0, 0, 0, 5))\n}\n",
    ),
    (
        "time_in_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Now().In(\"UTC\"))\n}\n",
    ),
    (
        "pool_new_called_with_an_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tp := sync.Pool{New: func() any { return 1 }}\n\tfmt.Println(p.New(2))\n}\n",
    ),
    (
        "pool_new_set_to_a_number",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar p sync.Pool\n\tp.New = 5\n\tfmt.Println(p.Get())\n}\n",
    ),
    (
        "pool_new_result_used_as_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tp := &sync.Pool{New: func() any { return 1 }}\n\tvar n int = p.New()\n\tfmt.Println(n)\n}\n",
    ),
    (
        "pointer_method_of_a_literal_printed",
        "package main\n\nimport \"fmt\"\n\ntype Pair struct{ a, b int }\n\nfunc (p *Pair) Both() (int, int) { return p.a, p.b }\n\nfunc (p *Pair) Set(a int) { p.a = a }\n\nfunc pair() Pair { return Pair{} }\n\ntype Outer struct{ Pair }\n\nfunc main() {\n\tfmt.Println(Pair{1, 2}.Both())\n}\n",
    ),
    (
        "pointer_method_of_a_literal_into_two",
        "package main\n\nimport \"fmt\"\n\ntype Pair struct{ a, b int }\n\nfunc (p *Pair) Both() (int, int) { return p.a, p.b }\n\nfunc (p *Pair) Set(a int) { p.a = a }\n\nfunc pair() Pair { return Pair{} }\n\ntype Outer struct{ Pair }\n\nfunc main() {\n\tx, y := Pair{1, 2}.Both()\n\tfmt.Println(x, y)\n}\n",
    ),
    (
        "pointer_method_of_a_call_result",
        "package main\n\nimport \"fmt\"\n\ntype Pair struct{ a, b int }\n\nfunc (p *Pair) Both() (int, int) { return p.a, p.b }\n\nfunc (p *Pair) Set(a int) { p.a = a }\n\nfunc pair() Pair { return Pair{} }\n\ntype Outer struct{ Pair }\n\nfunc main() {\n\tpair().Set(1)\n\tfmt.Println(1)\n}\n",
    ),
    (
        "pointer_method_of_a_map_element",
        "package main\n\nimport \"fmt\"\n\ntype Pair struct{ a, b int }\n\nfunc (p *Pair) Both() (int, int) { return p.a, p.b }\n\nfunc (p *Pair) Set(a int) { p.a = a }\n\nfunc pair() Pair { return Pair{} }\n\ntype Outer struct{ Pair }\n\nfunc main() {\n\tm := map[string]Pair{}\n\tm[\"a\"].Set(1)\n\tfmt.Println(m)\n}\n",
    ),
    (
        "pointer_method_value_of_a_literal",
        "package main\n\nimport \"fmt\"\n\ntype Pair struct{ a, b int }\n\nfunc (p *Pair) Both() (int, int) { return p.a, p.b }\n\nfunc (p *Pair) Set(a int) { p.a = a }\n\nfunc pair() Pair { return Pair{} }\n\ntype Outer struct{ Pair }\n\nfunc main() {\n\tf := Pair{1, 2}.Set\n\tf(1)\n\tfmt.Println(1)\n}\n",
    ),
    (
        "pointer_method_promoted_of_a_literal",
        "package main\n\nimport \"fmt\"\n\ntype Pair struct{ a, b int }\n\nfunc (p *Pair) Both() (int, int) { return p.a, p.b }\n\nfunc (p *Pair) Set(a int) { p.a = a }\n\nfunc pair() Pair { return Pair{} }\n\ntype Outer struct{ Pair }\n\nfunc main() {\n\tOuter{}.Set(1)\n\tfmt.Println(1)\n}\n",
    ),
    (
        "pointer_method_of_a_literal_in_parens",
        "package main\n\nimport \"fmt\"\n\ntype Pair struct{ a, b int }\n\nfunc (p *Pair) Both() (int, int) { return p.a, p.b }\n\nfunc (p *Pair) Set(a int) { p.a = a }\n\nfunc pair() Pair { return Pair{} }\n\ntype Outer struct{ Pair }\n\nfunc main() {\n\tgo (Pair{}).Set(1)\n\tfmt.Println(1)\n}\n",
    ),
    (
        "method_added_to",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tp := Point{3, 4}\n\tp.Dist += 1\n\tfmt.Println(p)\n}\n",
    ),
    (
        "method_assigned_a_number",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tp := Point{3, 4}\n\tp.Dist = 3\n\tfmt.Println(p)\n}\n",
    ),
    (
        "method_incremented",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tp := Point{3, 4}\n\tp.Dist++\n\tfmt.Println(p)\n}\n",
    ),
    (
        "pointer_method_of_a_pointer_subtracted_from",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tp := Point{3, 4}\n\tq := &p\n\tq.Move -= 2\n\tfmt.Println(p)\n}\n",
    ),
    (
        "method_added_to_itself",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tp := Point{3, 4}\n\tp.Dist += p.Dist\n\tfmt.Println(p)\n}\n",
    ),
    (
        "method_added_to_a_variable",
        "package main\n\nimport \"fmt\"\n\ntype Point struct{ X, Y int }\n\nfunc (p Point) Dist() int { return p.X*p.X + p.Y*p.Y }\n\nfunc (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }\n\nfunc main() {\n\tp := Point{3, 4}\n\tn := 2\n\tp.Dist *= n\n\tfmt.Println(p)\n}\n",
    ),
    (
        "constant_without_its_init",
        "package main\n\nimport \"fmt\"\n\nconst freezingF, boilingF = 32.0\n\nfunc main() {\n\tfmt.Println(freezingF, boilingF)\n}\n",
    ),
    (
        "constant_with_an_extra_init",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst low, high = 1, 2, 3\n\tfmt.Println(low, high)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "pointer_to_pool_literal_without_its_type",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tps := []*sync.Pool{{}}\n\tfmt.Println(ps[0].Get())\n}\n",
    ),
    (
        "pointer_to_slice_literal_without_its_type",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tps := []*[]int{{1}}\n\tfmt.Println(len(ps))\n}\n",
    ),
    (
        "pool_new_updated",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar p sync.Pool\n\tfmt.Println(p.New == nil)\n\tvar f func() any\n\tp.New, f = f, p.New\n\tfmt.Println(f == nil)\n}\n",
    ),
    (
        "time_in_nil",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Now().In(nil))\n}\n",
    ),
    (
        "time_date_in_nil",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Date(2009, 11, 10, 23, 0, 0, 0, nil))\n}\n",
    ),
    (
        "location_printed_with_d",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Printf(\"%d\\n\", time.UTC)\n}\n",
    ),
    (
        "location_declared",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar loc *time.Location\n\tfmt.Println(loc)\n}\n",
    ),
];

/// Go's `sync.Map` keeps the lock its `CompareAndDelete` held when comparing panicked, so a
/// later write waits forever or not by the keys' hashes: syncscope refuses that write, and
/// runs the reads (which take no lock).
#[test]
fn a_sync_map_written_after_compare_and_delete_panicked_is_refused() {
    let text = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar m sync.Map\n\tm.Store(\"k\", []int{1})\n\tfunc() {\n\t\tdefer func() { fmt.Println(recover()) }()\n\t\tm.CompareAndDelete(\"k\", []int{1})\n\t}()\n\tv, ok := m.Load(\"k\")\n\tfmt.Println(v, ok)\n\tm.Store(\"j\", 1)\n}\n";
    let ran = super::programs::run_ours("main.go", text);
    assert_eq!(
        ran.stdout,
        "runtime error: comparing uncomparable type []int\n[1] true\n"
    );
    assert!(
        ran.ending
            .contains("syncscope does not run a sync.Map written after its CompareAndDelete"),
        "{}",
        ran.ending
    );
}
