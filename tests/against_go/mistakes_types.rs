//! Mistakes with interfaces, type assertions, errors and declared types: Go decides every word (see
//! `mistakes`), and what syncscope does not run of them yet.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const TYPE_MISTAKES: &[(&str, &str)] = &[
    (
        "iface_missing_method",
        "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() float64\n\tName() string\n}\n\ntype Box struct{ w float64 }\n\nfunc (b Box) Area() float64 { return b.w * b.w }\n\nfunc main() {\n\tb := Box{2}\n\tvar s Shape = b\n\tfmt.Println(s.Area())\n}\n",
    ),
    (
        "iface_pointer_receiver",
        "package main\n\nimport \"fmt\"\n\ntype Counter interface {\n\tInc()\n}\n\ntype Hits struct{ n int }\n\nfunc (h *Hits) Inc() { h.n++ }\n\nfunc bump(c Counter) { c.Inc() }\n\nfunc main() {\n\th := Hits{}\n\tbump(h)\n\tfmt.Println(h.n)\n}\n",
    ),
    (
        "iface_need_assertion",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar v any = 3\n\tvar n int = v\n\tfmt.Println(n)\n}\n",
    ),
    (
        "iface_no_such_method",
        "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() float64\n}\n\nfunc show(s Shape) {\n\tfmt.Println(s.Perimeter())\n}\n\nfunc main() {\n\tshow(nil)\n}\n",
    ),
    (
        "assert_not_iface",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 3\n\tif s, ok := n.(string); ok {\n\t\tfmt.Println(s)\n\t}\n}\n",
    ),
    (
        "type_switch_unused",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar v any = 3\n\tswitch x := v.(type) {\n\tcase int:\n\t\tfmt.Println(\"int\")\n\tcase string:\n\t\tfmt.Println(\"string\")\n\t}\n}\n",
    ),
    (
        "error_missing_method",
        "package main\n\nimport \"fmt\"\n\ntype Oops struct{ code int }\n\nfunc (o Oops) Message() string { return fmt.Sprint(o.code) }\n\nfunc check() error {\n\treturn Oops{1}\n}\n\nfunc main() {\n\tfmt.Println(check())\n}\n",
    ),
    (
        "iface_arithmetic",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a any = 1\n\tfmt.Println(a + 1)\n}\n",
    ),
    (
        "errors_new_int",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\nfunc main() {\n\terr := errors.New(42)\n\tfmt.Println(err)\n}\n",
    ),
    (
        "named_mismatch",
        "package main\n\nimport \"fmt\"\n\ntype Celsius float64\n\nfunc main() {\n\tvar c Celsius = 20\n\tf := 3.5\n\tfmt.Println(c + f)\n}\n",
    ),
    (
        "named_assign",
        "package main\n\nimport \"fmt\"\n\ntype Celsius float64\n\nfunc main() {\n\tc := Celsius(20)\n\tvar f float64 = c\n\tfmt.Println(f)\n}\n",
    ),
    (
        "named_no_method",
        "package main\n\nimport \"fmt\"\n\ntype State int\n\nfunc main() {\n\tvar s State\n\tfmt.Println(s.Name())\n}\n",
    ),
    (
        "named_convert",
        "package main\n\nimport \"fmt\"\n\ntype Owner string\n\nfunc main() {\n\tfmt.Println(Owner(5.5))\n}\n",
    ),
    (
        "iota_outside",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(iota)\n}\n",
    ),
    (
        "impossible_assertion",
        "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() int\n}\n\ntype Sq struct{}\n\nfunc main() {\n\tvar s Shape\n\tq, ok := s.(Sq)\n\tfmt.Println(q, ok)\n}\n",
    ),
    (
        "impossible_switch_case",
        "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() int\n}\n\ntype Sq struct{}\n\nfunc main() {\n\tvar s Shape\n\tswitch v := s.(type) {\n\tcase Sq:\n\t\tfmt.Println(v)\n\t}\n}\n",
    ),
    (
        "impossible_pointer_receiver",
        "package main\n\nimport \"fmt\"\n\ntype Shape interface {\n\tArea() int\n}\n\ntype Sq struct{}\n\nfunc (q *Sq) Area() int { return 1 }\n\nfunc main() {\n\tvar s Shape\n\tfmt.Println(s.(Sq))\n}\n",
    ),
    (
        "named_pointer_method_on_value",
        "package main\n\nimport \"fmt\"\n\ntype Count int\n\nfunc (c *Count) Inc() { *c++ }\n\nfunc main() {\n\tCount(3).Inc()\n\tfmt.Println(\"done\")\n}\n",
    ),
    (
        "named_pointer_receiver_not_in_value_set",
        "package main\n\nimport \"fmt\"\n\ntype Level int\n\nfunc (l *Level) String() string { return fmt.Sprint(int(*l)) }\n\nfunc main() {\n\tvar l Level = 2\n\tvar s fmt.Stringer = l\n\tfmt.Println(s)\n}\n",
    ),
    (
        "iface_in_place_missing_method",
        "package main\n\nimport \"fmt\"\n\ntype Square struct{ S float64 }\n\nfunc (s Square) Area() float64 { return s.S * s.S }\n\nfunc main() {\n\tvar st interface {\n\t\tString() string\n\t\tArea() float64\n\t} = Square{2}\n\tfmt.Println(st)\n}\n",
    ),
    (
        "promoted_pointer_receiver_not_in_value_set",
        "package main\n\nimport \"fmt\"\n\ntype Animal struct{ Name string }\n\nfunc (a *Animal) Speak() string { return a.Name }\n\ntype Dog struct{ Animal }\n\ntype Speaker interface{ Speak() string }\n\nfunc main() {\n\td := Dog{Animal{\"Rex\"}}\n\tvar s Speaker = d\n\tfmt.Println(s.Speak())\n}\n",
    ),
    (
        "iface_in_place_constraint_unsatisfied",
        "package main\n\nimport \"fmt\"\n\ntype C float64\n\nfunc show[T interface{ String() string }](xs []T) {\n\tfor _, x := range xs {\n\t\tfmt.Println(x.String())\n\t}\n}\n\nfunc main() {\n\tshow([]C{1, 2.5})\n}\n",
    ),
    (
        "bool_of_an_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(bool(1))\n}\n",
    ),
    (
        "struct_key_holding_a_slice",
        "package main\n\nimport \"fmt\"\n\ntype bag struct{ items []int }\n\nfunc main() {\n\tm := map[bag]int{}\n\tfmt.Println(m)\n}\n",
    ),
    (
        "declared_string_max_of_an_int",
        "package main\n\nimport \"fmt\"\n\ntype word string\n\nfunc main() {\n\tfmt.Println(max(word(\"a\"), 3))\n}\n",
    ),
    (
        "declared_array_literal_sliced",
        "package main\n\nimport \"fmt\"\n\ntype row [3]int\n\nfunc main() {\n\tfmt.Println(row{1, 2, 3}[1:])\n}\n",
    ),
    (
        "index_of_a_float",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar f float64 = 1\n\ts := []int{1}\n\tfmt.Println(s[f])\n}\n",
    ),
    (
        "several_results_beside_a_format",
        "package main\n\nimport \"fmt\"\n\nfunc divmod(a, b int) (int, int) { return a / b, a % b }\n\nfunc main() {\n\tfmt.Printf(\"%v and %v\\n\", divmod(9, 4))\n}\n",
    ),
];

/// Valid Go that syncscope does not run yet.
pub(super) const TYPE_NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "embedded_pointer",
        "package main\n\nimport \"fmt\"\n\ntype Base struct{ ID int }\n\ntype Item struct {\n\t*Base\n}\n\nfunc main() {\n\tit := Item{&Base{1}}\n\tfmt.Println(it.ID)\n}\n",
    ),
    (
        "named_pointer_method_of_field",
        "package main\n\nimport \"fmt\"\n\ntype Count int\n\nfunc (c *Count) Inc() { *c++ }\n\ntype Page struct{ Views Count }\n\nfunc main() {\n\tvar p Page\n\tp.Views.Inc()\n\tfmt.Println(p.Views)\n}\n",
    ),
    (
        "slice_alias",
        "package main\n\nimport \"fmt\"\n\ntype IDs = []int\n\nfunc main() {\n\tids := IDs{1, 2}\n\tfmt.Println(ids)\n}\n",
    ),
    (
        "printing_stringer_map_keys",
        "package main\n\nimport \"fmt\"\n\ntype State int\n\nfunc (s State) String() string { return \"s\" }\n\nfunc main() {\n\tfmt.Println(map[State]int{1: 2})\n}\n",
    ),
    (
        "promoted_method_value",
        "package main\n\nimport \"fmt\"\n\ntype Base struct{ ID int }\n\nfunc (b Base) Describe() string { return fmt.Sprint(b.ID) }\n\ntype Item struct {\n\tBase\n}\n\nfunc main() {\n\tit := Item{Base{1}}\n\tf := it.Describe\n\tfmt.Println(f())\n}\n",
    ),
    (
        "embedded_float_type_in_an_interface",
        "package main\n\nimport \"fmt\"\n\ntype celsius float64\n\nfunc (c celsius) Warm() bool { return c > 20 }\n\ntype warmer interface{ Warm() bool }\n\ntype reading struct{ celsius }\n\nfunc main() {\n\tvar w warmer = reading{25}\n\tfmt.Println(w.Warm())\n}\n",
    ),
    (
        "pointer_method_expression_of_a_float_type",
        "package main\n\nimport \"fmt\"\n\ntype celsius float64\n\nfunc (c celsius) Said() string { return \"said\" }\n\nfunc main() {\n\tc := celsius(3)\n\tfmt.Println((*celsius).Said(&c))\n}\n",
    ),
];
