//! The mistakes of `time.Month` and `time.Weekday`, and what syncscope does not run of them,
//! checked as `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "month_as_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar n int = time.Now().Month()\n\tfmt.Println(n)\n}\n",
    ),
    (
        "month_plus_weekday",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.May + time.Monday)\n}\n",
    ),
    (
        "month_as_weekday",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tvar d time.Weekday = time.May\n\tfmt.Println(d)\n}\n",
    ),
    (
        "month_no_such_method",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tm := time.May\n\tfmt.Println(m.Days())\n}\n",
    ),
    (
        "month_undefined",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Smarch)\n}\n",
    ),
    (
        "weekday_string_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(time.Weekday(\"Monday\"))\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[(
    "months_as_map_keys_printed",
    "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(map[time.Month]int{time.May: 5})\n}\n",
)];
