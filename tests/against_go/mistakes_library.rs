//! The mistakes of `bytes.Buffer`, the `bytes` functions, `fmt.Fprint` into a builder or a
//! buffer and `hash/fnv`, and what syncscope does not run of them, checked as `mistakes.rs`
//! checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "fprintf_builder_without_format",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tvar sb strings.Builder\n\tfmt.Fprintf(&sb)\n\tfmt.Println(sb.String())\n}\n",
    ),
    (
        "fprintf_buffer_format_not_string",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar buf bytes.Buffer\n\tfmt.Fprintf(&buf, 3)\n\tfmt.Println(buf.String())\n}\n",
    ),
    (
        "bytes_equal_one_argument",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(bytes.Equal([]byte(\"a\")))\n}\n",
    ),
    (
        "bytes_contains_string",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(bytes.Contains([]byte(\"abc\"), \"b\"))\n}\n",
    ),
    (
        "buffer_no_such_method",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar buf bytes.Buffer\n\tbuf.WriteLine(\"x\")\n\tfmt.Println(buf.Len())\n}\n",
    ),
    (
        "bytes_undefined",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(bytes.Reverse([]byte(\"ab\")))\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "buffer_pointer",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar buf bytes.Buffer\n\tvar p *bytes.Buffer = &buf\n\tp.WriteString(\"x\")\n\tfmt.Println(buf.String())\n}\n",
    ),
    (
        "buffer_new_buffer_string",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb := bytes.NewBufferString(\"x\")\n\tfmt.Println(b.String())\n}\n",
    ),
    (
        "fprintf_buffer_deferred",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar buf bytes.Buffer\n\tfunc() {\n\t\tdefer fmt.Fprintf(&buf, \"done\")\n\t}()\n\tfmt.Println(buf.String())\n}\n",
    ),
];
