//! The mistakes of integer kinds (shifts of what is no integer, a shift count that is no
//! `uint`, `^` of a float, constants that overflow `uint`, `int8`, `int16`, `uint16`,
//! `int32` or `uint8`, mixed kinds) and what syncscope does not run of them yet, checked as
//! `mistakes.rs` checks its own.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "shifted_float_variable",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tf := 1.5\n\tf <<= 2\n\tfmt.Println(f)\n}\n",
    ),
    (
        "shift_count_with_a_fraction",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tk := 1\n\tfmt.Println(k << 1.5)\n}\n",
    ),
    (
        "shift_count_of_a_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tk := 1\n\tk >>= \"a\"\n\tfmt.Println(k)\n}\n",
    ),
    (
        "shift_count_of_a_float_variable",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tk, f := 1, 2.0\n\tfmt.Println(k << f)\n}\n",
    ),
    (
        "negative_shift_count",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tk := 1\n\tfmt.Println(k >> -1)\n}\n",
    ),
    (
        "float_constant_shifted",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 2\n\tfmt.Println(1.5 << n)\n}\n",
    ),
    (
        "complement_of_a_float",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tf := 1.5\n\tfmt.Println(^f)\n}\n",
    ),
    (
        "complement_of_a_string",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(^\"a\")\n}\n",
    ),
    (
        "uint_of_a_negative_constant",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar u uint = -1\n\tfmt.Println(u)\n}\n",
    ),
    (
        "uint64_conversion_of_a_negative_constant",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(uint64(-1))\n}\n",
    ),
    (
        "int32_of_a_shift_too_big",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x int32 = 1 << 31\n\tfmt.Println(x)\n}\n",
    ),
    (
        "uint8_conversion_too_big",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(uint8(300))\n}\n",
    ),
    (
        "uint_plus_int",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar u uint = 1\n\ti := 2\n\tfmt.Println(u + i)\n}\n",
    ),
    (
        "complement_of_zero_as_uint",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar u uint = ^0\n\tfmt.Println(u)\n}\n",
    ),
    (
        "shift_past_int64_printed",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(1 << 62, 1 << 63)\n}\n",
    ),
    (
        "named_uint8_too_big",
        "package main\n\nimport \"fmt\"\n\ntype Level uint8\n\nfunc main() {\n\tfmt.Println(Level(256))\n}\n",
    ),
    (
        "int8_of_128",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x int8 = 128\n\tfmt.Println(x)\n}\n",
    ),
    (
        "int16_conversion_too_big",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(int16(40000))\n}\n",
    ),
    (
        "uint16_of_a_negative_constant",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar p uint16 = -1\n\tfmt.Println(p)\n}\n",
    ),
    (
        "int8_plus_int16",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a int8 = 1\n\tvar b int16 = 2\n\tfmt.Println(a + b)\n}\n",
    ),
    (
        "int8_of_a_fraction",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a int8 = 1.5\n\tfmt.Println(a)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "uint64_constant_past_int64",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar max uint64 = 18446744073709551615\n\tfmt.Println(max)\n}\n",
    ),
    (
        "float_shifted_by_a_variable",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 2\n\tvar i int = 1.0 << n\n\tfmt.Println(i)\n}\n",
    ),
];
