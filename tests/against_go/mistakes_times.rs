//! The mistakes of the times a program makes (`time.Date`, `time.Unix`, `t.Equal`,
//! `t.AddDate`, `time.Parse`...), of `strconv.ParseUint` and `FormatUint` and of `math.Sin` and
//! its kin, and what syncscope does not run of them, checked as `mistakes.rs` checks its own: Go
//! decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "date_month_of_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tm := 3\n\tfmt.Println(time.Date(2024, m, 1, 0, 0, 0, 0, time.UTC))\n}\n",
    ),
    (
        "date_day_of_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Date(2024, time.May, \"1\", 0, 0, 0, 0, time.UTC))\n}\n",
    ),
    (
        "unix_of_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Unix(\"1\", 0))\n}\n",
    ),
    (
        "equal_of_a_duration",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.Now()\n\tfmt.Println(t.Equal(time.Second))\n}\n",
    ),
    (
        "adddate_of_a_duration",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.Now()\n\tfmt.Println(t.AddDate(time.Hour))\n}\n",
    ),
    (
        "truncate_of_an_int_variable",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.Now()\n\tn := 60\n\tfmt.Println(t.Truncate(n))\n}\n",
    ),
    (
        "date_as_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar s string = time.Unix(0, 0)\n\tfmt.Println(s)\n}\n",
    ),
    (
        "parse_into_one_variable",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt := time.Parse(time.DateOnly, \"2024-01-02\")\n\tfmt.Println(t)\n}\n",
    ),
    (
        "parse_duration_of_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\td, err := time.ParseDuration(5)\n\tfmt.Println(d, err)\n}\n",
    ),
    (
        "is_zero_of_an_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar t time.Time\n\tfmt.Println(t.IsZero(1))\n}\n",
    ),
    (
        "parse_of_one_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tt, err := time.Parse(\"2024-01-02\")\n\tfmt.Println(t, err)\n}\n",
    ),
    (
        "format_uint_of_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tn := 5\n\tfmt.Println(strconv.FormatUint(n, 10))\n}\n",
    ),
    (
        "parse_uint_as_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tvar n int\n\tn, _ = strconv.ParseUint(\"5\", 10, 64)\n\tfmt.Println(n)\n}\n",
    ),
    (
        "sin_of_two_arguments",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n)\n\nfunc main() {\n\tfmt.Println(math.Sin(1, 2))\n}\n",
    ),
    (
        "atan2_of_one_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n)\n\nfunc main() {\n\tfmt.Println(math.Atan2(1))\n}\n",
    ),
    (
        "cos_of_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n)\n\nfunc main() {\n\tfmt.Println(math.Cos(\"0\"))\n}\n",
    ),
    (
        "sin_into_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"math\"\n)\n\nfunc main() {\n\tvar n int = math.Sin(0)\n\tfmt.Println(n)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[(
    "date_in_a_fixed_zone",
    "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Date(2024, 1, 1, 0, 0, 0, 0, time.FixedZone(\"CET\", 3600)))\n}\n",
)];
