//! The operands of Go's messages: expressions printed as Go's compiler prints them (`a * 2 +
//! b` however the source spaces them, `T{…}`, `func() {…}`), what is a variable, a map index
//! expression or a comma-ok expression, a slice expression placed at its `[`, and struct
//! conversions between types of the same fields; checked as `mistakes.rs` checks its own.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "binary_operands_printed_spaced",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta, b := 1, 2.5\n\tfmt.Println(a*2+b)\n}\n",
    ),
    (
        "literals_printed_short",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s string = []int{1,2}[0]+func(a int) int {return a}(3)\n\tfmt.Println(s)\n}\n",
    ),
    (
        "call_arguments_printed_spaced",
        "package main\n\nimport \"fmt\"\n\nfunc add(a, b int) int { return a + b }\n\nfunc main() {\n\tvar s string = add(1,2)*3\n\tfmt.Println(s)\n}\n",
    ),
    (
        "slice_element_is_a_variable",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := []int{1}\n\tvar s string = x[0]\n\tfmt.Println(s)\n}\n",
    ),
    (
        "field_through_a_pointer_is_a_variable",
        "package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\nfunc (p point) String() string { return fmt.Sprint(p.x, \",\", p.y) }\n\nfunc main() {\n\tp := &point{}\n\tvar s string = p.x\n\tfmt.Println(s)\n}\n",
    ),
    (
        "map_index_expression",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{}\n\tvar s string = m[\"a\"]\n\tfmt.Println(s)\n}\n",
    ),
    (
        "type_assertion_is_comma_ok",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar v any = 1\n\tvar s string = v.(int)\n\tfmt.Println(s)\n}\n",
    ),
    (
        "string_byte_is_a_value",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tw := \"abc\"\n\tvar s string = w[0]\n\tfmt.Println(s)\n}\n",
    ),
    (
        "slice_expression_placed_at_its_bracket",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := []int{1}\n\tvar s string = x[1:]\n\tfmt.Println(s)\n}\n",
    ),
    (
        "slice_of_an_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 5\n\tfmt.Println(x[1:])\n}\n",
    ),
    (
        "struct_conversion_of_other_fields",
        "package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\nfunc (p point) String() string { return fmt.Sprint(p.x, \",\", p.y) }\n\nfunc main() {\n\te := struct{ a, b int }{1, 2}\n\tfmt.Println(point(e))\n}\n",
    ),
    (
        "struct_written_in_place_in_another_order",
        "package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\nfunc (p point) String() string { return fmt.Sprint(p.x, \",\", p.y) }\n\nfunc main() {\n\tvar p point = struct{ y, x int }{1, 2}\n\tfmt.Println(p)\n}\n",
    ),
    (
        "declared_structs_of_the_same_fields",
        "package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\nfunc (p point) String() string { return fmt.Sprint(p.x, \",\", p.y) }\n\ntype pair struct{ x, y int }\n\nfunc main() {\n\tvar p point = pair{1, 2}\n\tfmt.Println(p)\n}\n",
    ),
];
