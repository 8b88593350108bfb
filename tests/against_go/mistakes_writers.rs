//! The mistakes of `io.Writer` (a writer passed by value, a type whose `Write` is not
//! io.Writer's, `fmt.Fprint` and `io.WriteString` to what is no writer) and what syncscope does
//! not run of it yet, checked as `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "writer_builder_value",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tvar sb strings.Builder\n\tfmt.Fprintln(sb, \"x\")\n\tfmt.Println(sb.String())\n}\n",
    ),
    (
        "writer_of_a_number",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Fprintln(42, \"x\")\n}\n",
    ),
    (
        "writer_write_returns_one_result",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n)\n\ntype sink struct{}\n\nfunc (s sink) Write(p []byte) int { return len(p) }\n\nfunc main() {\n\tvar w io.Writer = sink{}\n\tfmt.Fprintln(w, \"x\")\n}\n",
    ),
    (
        "writer_pointer_method_on_a_value",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n)\n\ntype sink struct{ n int }\n\nfunc (s *sink) Write(p []byte) (int, error) { s.n += len(p); return len(p), nil }\n\nfunc main() {\n\tvar s sink\n\tvar w io.Writer = s\n\tfmt.Fprintln(w, \"x\")\n}\n",
    ),
    (
        "logger_on_a_buffer_value",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"log\"\n)\n\nfunc main() {\n\tvar buf bytes.Buffer\n\tl := log.New(buf, \"\", 0)\n\tl.Println(\"x\")\n}\n",
    ),
    (
        "fprintln_into_one_variable",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tvar w io.Writer = os.Stdout\n\tn := fmt.Fprintln(w, \"x\")\n\tfmt.Println(n)\n\tw.Write(\"abc\")\n}\n",
    ),
    (
        "fprintf_to_a_writer_without_a_format",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Fprintf(os.Stderr)\n}\n",
    ),
    (
        "fprintf_to_an_interface_without_a_format",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tvar w io.Writer = os.Stdout\n\tfmt.Fprintf(w)\n}\n",
    ),
    (
        "bufio_writer_on_a_number",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tw := bufio.NewWriter(3)\n\tfmt.Fprintln(w, \"x\")\n\tw.Flush()\n}\n",
    ),
    (
        "log_output_to_a_string",
        "package main\n\nimport \"log\"\n\nfunc main() {\n\tlog.SetOutput(\"log.txt\")\n\tlog.Println(\"x\")\n}\n",
    ),
    (
        "write_string_without_text",
        "package main\n\nimport (\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tio.WriteString(os.Stdout)\n}\n",
    ),
    (
        "writer_write_of_a_string",
        "package main\n\nimport (\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tvar w io.Writer = os.Stdout\n\tw.Write(\"abc\")\n}\n",
    ),
    (
        "writer_has_no_write_string",
        "package main\n\nimport (\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tvar w io.Writer = os.Stdout\n\tw.WriteString(\"abc\")\n}\n",
    ),
    (
        "logger_writer_is_no_file",
        "package main\n\nimport (\n\t\"log\"\n\t\"os\"\n)\n\nfunc main() {\n\tvar f *os.File = log.Writer()\n\tf.WriteString(\"x\")\n}\n",
    ),
    (
        "writer_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n)\n\nfunc main() {\n\tfmt.Println(\"no writers\")\n}\n",
    ),
    (
        "stringer_constraint_of_ints",
        "package main\n\nimport \"fmt\"\n\nfunc Print[V fmt.Stringer](vals []V) {\n\tfor _, v := range vals {\n\t\tfmt.Println(v.String())\n\t}\n}\n\nfunc main() {\n\tPrint([]int{1, 2})\n}\n",
    ),
    (
        "writer_constraint_of_a_string_constant",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n)\n\nfunc WriteAll[W io.Writer](w W, lines []string) {\n\tfor _, l := range lines {\n\t\tfmt.Fprintln(w, l)\n\t}\n}\n\nfunc main() {\n\tWriteAll(\"out.txt\", []string{\"a\"})\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "discard_assigned_to",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n)\n\nfunc main() {\n\tio.Discard = nil\n\tfmt.Println(\"x\")\n}\n",
    ),
    (
        "defer_fprintln_of_a_slice",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tvar w io.Writer = os.Stdout\n\txs := []int{1}\n\tdefer fmt.Fprintln(w, xs)\n\txs[0] = 2\n}\n",
    ),
    (
        "string_writer_type",
        "package main\n\nimport (\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tvar w io.StringWriter = os.Stdout\n\tw.WriteString(\"x\")\n}\n",
    ),
    (
        "copy_to_a_writer",
        "package main\n\nimport (\n\t\"io\"\n\t\"os\"\n\t\"strings\"\n)\n\nfunc main() {\n\tio.Copy(os.Stdout, strings.NewReader(\"copied\\n\"))\n}\n",
    ),
];
