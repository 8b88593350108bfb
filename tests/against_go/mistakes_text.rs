//! The mistakes of `regexp` and `flag`, and what syncscope does not run of them yet, checked
//! as `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "flag_usage_misspelled",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tflag.Usages = func() { fmt.Println(\"usage\") }\n\tflag.Parse()\n}\n",
    ),
    (
        "flag_usage_of_a_string",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tflag.Usage = \"usage\"\n\tflag.Parse()\n\tfmt.Println(flag.NArg())\n}\n",
    ),
    (
        "regexp_find_of_bytes_as_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"regexp\"\n)\n\nfunc main() {\n\tr := regexp.MustCompile(\"a+\")\n\tb := []byte(\"aa\")\n\tfmt.Println(r.FindString(b))\n}\n",
    ),
    (
        "regexp_compile_into_one",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"regexp\"\n)\n\nfunc main() {\n\tr := regexp.Compile(\"a+\")\n\tfmt.Println(r)\n}\n",
    ),
    (
        "regexp_no_such_method",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"regexp\"\n)\n\nfunc main() {\n\tr := regexp.MustCompile(\"a+\")\n\tfmt.Println(r.FindFirst(\"aa\"))\n}\n",
    ),
    (
        "regexp_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"regexp\"\n)\n\nfunc main() {\n\tfmt.Println(\"patterns\")\n}\n",
    ),
    (
        "flag_int_deref_missing",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tn := flag.Int(\"n\", 1, \"count\")\n\tflag.Parse()\n\tfmt.Println(n + 1)\n}\n",
    ),
    (
        "flag_string_of_an_int",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tname := flag.String(\"name\", 7, \"who\")\n\tfmt.Println(*name)\n}\n",
    ),
    (
        "flag_set_no_such_method",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfs := flag.NewFlagSet(\"x\", flag.ExitOnError)\n\tfmt.Println(fs.Flags())\n}\n",
    ),
    (
        "flag_undefined_function",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(flag.Float(\"x\", 1, \"y\"))\n}\n",
    ),
    (
        "flag_not_used",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(\"flags\")\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "regexp_compared",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"regexp\"\n)\n\nfunc main() {\n\ta := regexp.MustCompile(\"x\")\n\tb := regexp.MustCompile(\"x\")\n\tfmt.Println(a == b)\n}\n",
    ),
    (
        "os_args_assigned",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tos.Args = []string{\"a\", \"b\"}\n\tfmt.Println(len(os.Args))\n}\n",
    ),
    (
        "regexp_literal_prefix",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"regexp\"\n)\n\nfunc main() {\n\tr := regexp.MustCompile(\"a+\")\n\tprefix, complete := r.LiteralPrefix()\n\tfmt.Println(prefix, complete)\n}\n",
    ),
    (
        "regexp_compile_posix",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"regexp\"\n)\n\nfunc main() {\n\tr := regexp.MustCompilePOSIX(\"a+\")\n\tfmt.Println(r)\n}\n",
    ),
    (
        "flag_uint",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tu := flag.Uint(\"u\", 1, \"unsigned\")\n\tflag.Parse()\n\tfmt.Println(*u)\n}\n",
    ),
    (
        "flag_func",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tflag.Func(\"f\", \"a func\", func(s string) error { fmt.Println(s); return nil })\n\tflag.Parse()\n}\n",
    ),
    (
        "flag_visit_all",
        "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tflag.Int(\"n\", 1, \"n\")\n\tflag.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name) })\n}\n",
    ),
];
