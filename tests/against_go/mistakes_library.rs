//! The mistakes of `bytes.Buffer` (through pointers too), the `bytes` functions, `fmt.Fprint`
//! into a builder or a buffer, `hash/fnv`, `sync.Pool`, `bufio.Writer`, `text/tabwriter`,
//! `errors.AsType`, the environment, more of `strings` and a Duration's units, and what syncscope does not run
//! of them, checked as `mistakes.rs` checks its own: Go decides each word and place.

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
    (
        "fnv_sum64_of_hash32",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"hash/fnv\"\n)\n\nfunc main() {\n\th := fnv.New32a()\n\th.Write([]byte(\"a\"))\n\tfmt.Println(h.Sum64())\n}\n",
    ),
    (
        "fnv_write_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"hash/fnv\"\n)\n\nfunc main() {\n\th := fnv.New32a()\n\th.Write(\"a\")\n\tfmt.Println(h.Sum32())\n}\n",
    ),
    (
        "fnv_sum32_as_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"hash/fnv\"\n)\n\nfunc main() {\n\th := fnv.New32a()\n\tvar n int = h.Sum32()\n\tfmt.Println(n)\n}\n",
    ),
    (
        "uint32_negative",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"hash/fnv\"\n)\n\nfunc main() {\n\th := fnv.New32a()\n\th.Reset()\n\tvar n uint32 = -1\n\tfmt.Println(n, h.Sum32())\n}\n",
    ),
    (
        "pool_unknown_field",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tp := sync.Pool{Old: nil}\n\tfmt.Println(p.Get())\n}\n",
    ),
    (
        "pool_positional",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tp := sync.Pool{nil}\n\tfmt.Println(p.Get())\n}\n",
    ),
    (
        "pool_no_such_method",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar p sync.Pool\n\tfmt.Println(p.Len())\n}\n",
    ),
    (
        "pool_put_two",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar p sync.Pool\n\tp.Put(1, 2)\n\tfmt.Println(p.Get())\n}\n",
    ),
    (
        "pool_get_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tp := &sync.Pool{}\n\tfmt.Println(p.Get(1))\n}\n",
    ),
    (
        "strings_index_byte_of_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tfmt.Println(strings.IndexByte(\"abc\", \"b\"))\n}\n",
    ),
    (
        "duration_milliseconds_as_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\td := 3 * time.Second\n\tvar ms int = d.Milliseconds()\n\tfmt.Println(ms)\n}\n",
    ),
    (
        "bufio_no_such_method",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tw := bufio.NewWriter(os.Stdout)\n\tw.Flushh()\n\tfmt.Println()\n}\n",
    ),
    (
        "bufio_writer_of_nothing",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tw := bufio.NewWriter(os.Stdout)\n\tv := bufio.NewWriter()\n\tfmt.Println(v, w)\n}\n",
    ),
    (
        "bufio_write_number",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tw := bufio.NewWriter(os.Stdout)\n\tw.WriteString(3)\n\tfmt.Println()\n}\n",
    ),
    (
        "builder_pointer_no_method",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tb := new(strings.Builder)\n\tb.WriteTo(nil)\n\tfmt.Println(b.String())\n}\n",
    ),
    (
        "buffer_pointer_no_method",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb := &bytes.Buffer{}\n\tfmt.Println(b.Size())\n}\n",
    ),
    (
        "buffer_write_to_nothing",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar b bytes.Buffer\n\tb.WriteString(\"x\")\n\tb.WriteTo()\n\tfmt.Println()\n}\n",
    ),
    (
        "stdout_write_string",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Stdout.Write(\"hello\\n\")\n}\n",
    ),
    (
        "buffer_pointer_mismatch",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tvar b *bytes.Buffer = new(strings.Builder)\n\tfmt.Println(b.Len())\n}\n",
    ),
    (
        "tab_few",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"text/tabwriter\"\n)\n\nfunc main() {\n\tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ')\n\tfmt.Fprintln(w, \"a\\tb\")\n\tw.Flush()\n}\n",
    ),
    (
        "tab_padchar_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"text/tabwriter\"\n)\n\nfunc main() {\n\tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, \" \", 0)\n\tfmt.Fprintln(w, \"a\\tb\")\n\tw.Flush()\n}\n",
    ),
    (
        "tab_undefined",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/tabwriter\"\n)\n\nfunc main() {\n\tw := tabwriter.NewTable(os.Stdout)\n\tw.Flush()\n}\n",
    ),
    (
        "tab_unused",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"text/tabwriter\"\n)\n\nfunc main() {\n\tfmt.Println(\"no table\")\n}\n",
    ),
    (
        "tab_write_string",
        "package main\n\nimport (\n\t\"os\"\n\t\"text/tabwriter\"\n)\n\nfunc main() {\n\tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)\n\tw.WriteString(\"a\\tb\\n\")\n\tw.Flush()\n}\n",
    ),
    (
        "astype_not_error",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tn, ok := errors.AsType[int](errors.New(\"x\"))\n\tfmt.Println(n, ok)\n}\n",
    ),
    (
        "astype_pointer_receiver",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype myErr struct{}\n\nfunc (e *myErr) Error() string { return \"mine\" }\n\nfunc main() {\n\te, ok := errors.AsType[myErr](errors.New(\"x\"))\n\tfmt.Println(e, ok)\n}\n",
    ),
    (
        "astype_one_value",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype myErr struct{}\n\nfunc (e *myErr) Error() string { return \"mine\" }\n\nfunc main() {\n\te := errors.AsType[*myErr](errors.New(\"x\"))\n\tfmt.Println(e)\n}\n",
    ),
    (
        "astype_string_arg",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype myErr struct{}\n\nfunc (e *myErr) Error() string { return \"mine\" }\n\nfunc main() {\n\te, ok := errors.AsType[*myErr](\"x\")\n\tfmt.Println(e, ok)\n}\n",
    ),
    (
        "env_lookup_one",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tv := os.LookupEnv(\"HOME\")\n\tfmt.Println(v)\n}\n",
    ),
    (
        "env_setenv_one",
        "package main\n\nimport \"os\"\n\nfunc main() {\n\tos.Setenv(\"KEY\")\n}\n",
    ),
    (
        "env_getenv_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(os.Getenv(1))\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "buffer_write_to_buffer",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar a, b bytes.Buffer\n\ta.WriteString(\"x\")\n\ta.WriteTo(&b)\n\tfmt.Println(b.String())\n}\n",
    ),
    (
        "buffer_pointer_printed",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb := new(bytes.Buffer)\n\tfmt.Println(b)\n}\n",
    ),
    (
        "buffer_new_buffer_string",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb := bytes.NewBufferString(\"x\")\n\tfmt.Println(b.String())\n}\n",
    ),
    (
        // A slice's elements may change before the deferred call prints them.
        "fprintln_buffer_deferred_slice",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar buf bytes.Buffer\n\txs := []int{1}\n\tfunc() {\n\t\tdefer fmt.Fprintln(&buf, xs)\n\t\txs[0] = 2\n\t}()\n\tfmt.Println(buf.String())\n}\n",
    ),
    (
        "fnv_new64a",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"hash/fnv\"\n)\n\nfunc main() {\n\th := fnv.New64a()\n\th.Write([]byte(\"a\"))\n\tfmt.Println(h.Sum64())\n}\n",
    ),
    (
        "fnv_hash_copied",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"hash/fnv\"\n)\n\nfunc main() {\n\th := fnv.New32a()\n\tg := h\n\tg.Write([]byte(\"a\"))\n\tfmt.Println(h.Sum32())\n}\n",
    ),
    (
        "fnv_write_result",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"hash/fnv\"\n)\n\nfunc main() {\n\th := fnv.New32a()\n\tn, err := h.Write([]byte(\"a\"))\n\tfmt.Println(n, err, h.Sum32())\n}\n",
    ),
    (
        "pool_copied",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\tvar p sync.Pool\n\tq := p\n\tfmt.Println(q.Get())\n}\n",
    ),
    (
        "tab_write_result",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"text/tabwriter\"\n)\n\nfunc main() {\n\tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)\n\tn, err := w.Write([]byte(\"a\\tb\\n\"))\n\tw.Flush()\n\tfmt.Println(n, err)\n}\n",
    ),
    (
        "env_clearenv",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tos.Clearenv()\n\tfmt.Println(len(os.Environ()))\n}\n",
    ),
];
