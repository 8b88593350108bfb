//! The mistakes of variadic calls, `make` and `copy` of slices, arrays, runes and bytes,
//! `func init`, `panic` and `recover`, `os.Exit`, checked as `mistakes.rs` checks its own:
//! Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "append_not_slice",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a [3]int\n\ta = append(a, 4)\n\tfmt.Println(a)\n}\n",
    ),
    (
        "array_assign_mismatch",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ta := [3]int{1, 2, 3}\n\tvar b [4]int = a\n\tfmt.Println(b)\n}\n",
    ),
    (
        "array_index_constant",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar ring [4]int\n\tring[4] = 1\n\tfmt.Println(ring)\n}\n",
    ),
    (
        "array_length_variable",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 3\n\tvar buf [n]int\n\tfmt.Println(buf, n)\n}\n",
    ),
    (
        "array_literal_too_long",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdays := [2]string{\"mon\", \"tue\", \"wed\"}\n\tfmt.Println(days)\n}\n",
    ),
    (
        "byte_conversion_overflow",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(byte(256))\n}\n",
    ),
    (
        "byte_overflow",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar b byte = 300\n\tfmt.Println(b)\n}\n",
    ),
    (
        "byte_plus_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar b byte = 'a'\n\tn := 1\n\tfmt.Println(b + n)\n}\n",
    ),
    (
        "copy_mixed",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdst := make([]int, 2)\n\tsrc := []string{\"a\", \"b\"}\n\tfmt.Println(copy(dst, src))\n}\n",
    ),
    (
        "exit_string_code",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Exit(\"failed\")\n}\n",
    ),
    (
        "exit_without_code",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Exit()\n}\n",
    ),
    (
        "fmt_lowercase",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.println(\"hi\")\n}\n",
    ),
    (
        "indirect_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\t*x = 2\n\tfmt.Println(x)\n}\n",
    ),
    (
        "init_called",
        "package main\n\nimport \"fmt\"\n\nfunc init() {\n\tfmt.Println(\"ready\")\n}\n\nfunc main() {\n\tinit()\n}\n",
    ),
    (
        "init_with_args",
        "package main\n\nimport \"fmt\"\n\nfunc init(name string) {\n\tfmt.Println(name)\n}\n\nfunc main() {\n}\n",
    ),
    (
        "make_slice_no_len",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := make([]int)\n\tfmt.Println(s)\n}\n",
    ),
    (
        "make_slice_swapped",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := make([]int, 5, 2)\n\tfmt.Println(s)\n}\n",
    ),
    (
        "new_no_type",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tp := new()\n\tfmt.Println(p)\n}\n",
    ),
    (
        "os_misspelled",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.exit(1)\n}\n",
    ),
    (
        "os_unused",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n",
    ),
    (
        "panic_no_value",
        "package main\n\nfunc main() {\n\tpanic()\n}\n",
    ),
    (
        "panic_two_values",
        "package main\n\nfunc main() {\n\tpanic(\"a\", \"b\")\n}\n",
    ),
    (
        "pointer_mismatch",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tp := new(int)\n\tvar s *string = p\n\tfmt.Println(*s)\n}\n",
    ),
    (
        "pointer_plus_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tp := new(int)\n\tfmt.Println(p + 1)\n}\n",
    ),
    (
        "pointer_store_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tp := new(int)\n\t*p = \"three\"\n\tfmt.Println(*p)\n}\n",
    ),
    (
        "recover_as_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer func() {\n\t\tvar n int = recover()\n\t\tfmt.Println(n)\n\t}()\n}\n",
    ),
    (
        "recover_plus",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer func() {\n\t\tr := recover()\n\t\tfmt.Println(r + 1)\n\t}()\n}\n",
    ),
    (
        "recover_with_arg",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer func() {\n\t\tfmt.Println(recover(1))\n\t}()\n}\n",
    ),
    (
        "rune_from_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar r rune = \"a\"\n\tfmt.Println(r)\n}\n",
    ),
    (
        "spread_non_variadic",
        "package main\n\nimport \"fmt\"\n\nfunc add(a, b int) int {\n\treturn a + b\n}\n\nfunc main() {\n\tnums := []int{1, 2}\n\tfmt.Println(add(nums...))\n}\n",
    ),
    (
        "spread_wrong_type",
        "package main\n\nimport \"fmt\"\n\nfunc sum(xs ...int) int {\n\treturn len(xs)\n}\n\nfunc main() {\n\twords := []string{\"a\"}\n\tfmt.Println(sum(words...))\n}\n",
    ),
    (
        "string_index_assign",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"hello\"\n\ts[0] = 'H'\n\tfmt.Println(s)\n}\n",
    ),
    (
        "string_of_float",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tf := 65.0\n\tfmt.Println(string(f))\n}\n",
    ),
    (
        "time_lowercase_unit",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.second)\n}\n",
    ),
    (
        "variadic_not_enough",
        "package main\n\nimport \"fmt\"\n\nfunc logf(prefix string, words ...string) {\n\tfmt.Println(prefix, words)\n}\n\nfunc main() {\n\tlogf()\n}\n",
    ),
    (
        "variadic_spread_extra",
        "package main\n\nimport \"fmt\"\n\nfunc sum(xs ...int) int {\n\treturn len(xs)\n}\n\nfunc main() {\n\tnums := []int{1, 2}\n\tfmt.Println(sum(1, nums...))\n}\n",
    ),
    (
        "variadic_wrong_item",
        "package main\n\nimport \"fmt\"\n\nfunc sum(xs ...int) int {\n\treturn len(xs)\n}\n\nfunc main() {\n\tfmt.Println(sum(1, \"two\", 3))\n}\n",
    ),
];
