//! The mistakes of the files in a run's memory (`os`'s files and directories, `io`, `bufio.Scanner`, `filepath.WalkDir`), and what
//! syncscope does not run of them, checked as `mistakes.rs` checks its own: Go decides each
//! word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "writefile_of_a_string",
        "package main\n\nimport (\n\t\"os\"\n)\n\nfunc main() {\n\terr := os.WriteFile(\"/tmp/gofiles-m\", \"text\", 0644)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n}\n",
    ),
    (
        "file_write_of_a_string",
        "package main\n\nimport (\n\t\"os\"\n)\n\nfunc main() {\n\tf, err := os.Create(\"/tmp/gofiles-m\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tf.Write(\"hello\")\n\tf.Close()\n}\n",
    ),
    (
        "file_mode_of_an_int",
        "package main\n\nimport (\n\t\"os\"\n)\n\nfunc main() {\n\tmode := 0644\n\tos.WriteFile(\"/tmp/gofiles-m\", []byte(\"x\"), mode)\n}\n",
    ),
    (
        "readfile_one_result",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tdata := os.ReadFile(\"/tmp/gofiles-m\")\n\tfmt.Println(data)\n}\n",
    ),
    (
        "seek_one_result",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, _ := os.Open(\"/tmp/gofiles-m\")\n\tat := f.Seek(0, io.SeekStart)\n\tfmt.Println(at)\n}\n",
    ),
    (
        "opened_file_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, err := os.Open(\"/tmp/gofiles-m\")\n\tfmt.Println(err)\n}\n",
    ),
    (
        "scanner_no_such_method",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\ts := bufio.NewScanner(os.Stdin)\n\tfor s.Scan() {\n\t\tfmt.Println(s.Line())\n\t}\n}\n",
    ),
    (
        "read_at_least_too_few",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, _ := os.Open(\"/tmp/gofiles-m\")\n\tb := make([]byte, 4)\n\tn, err := io.ReadAtLeast(f, b)\n\tfmt.Println(n, err)\n}\n",
    ),
    (
        "scanner_without_reader",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n)\n\nfunc main() {\n\ts := bufio.NewScanner()\n\tfmt.Println(s.Scan())\n}\n",
    ),
    (
        "read_of_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, _ := os.Open(\"/tmp/gofiles-m\")\n\tvar buf string\n\tn, err := f.Read(buf)\n\tfmt.Println(n, err)\n}\n",
    ),
    (
        "io_undefined",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n)\n\nfunc main() {\n\tfmt.Println(io.SeekBegin)\n}\n",
    ),
    (
        "file_close_twice_value",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, _ := os.Create(\"/tmp/gofiles-m\")\n\tfmt.Println(f.Closed())\n}\n",
    ),
    (
        "dir_entry_no_size",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tentries, err := os.ReadDir(\"/tmp\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tfor _, e := range entries {\n\t\tfmt.Println(e.Size())\n\t}\n}\n",
    ),
    (
        "walk_dir_visit_unused_fs",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/fs\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\terr := filepath.WalkDir(\".\", nil)\n\tfmt.Println(err)\n}\n",
    ),
    (
        "dir_entry_name_as_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tentries, _ := os.ReadDir(\"/tmp\")\n\tvar n int = entries[0].Name()\n\tfmt.Println(n)\n}\n",
    ),
    (
        "bufio_write_one_result",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tw := bufio.NewWriter(os.Stdout)\n\tn := w.WriteString(\"x\")\n\tfmt.Println(n)\n\tw.Flush()\n}\n",
    ),
    (
        "bufio_write_string_of_an_int",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tw := bufio.NewWriter(os.Stdout)\n\tn, err := w.WriteString(42)\n\tfmt.Println(n, err)\n\tw.Flush()\n}\n",
    ),
    (
        "read_string_of_a_string",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tr := bufio.NewReader(os.Stdin)\n\tline, err := r.ReadString(\"\\n\")\n\tfmt.Println(line, err)\n}\n",
    ),
    (
        "read_string_one_result",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tr := bufio.NewReader(os.Stdin)\n\tline := r.ReadString(10)\n\tfmt.Println(line)\n}\n",
    ),
    (
        "open_file_without_mode",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, err := os.OpenFile(\"/tmp/gofiles-m\", os.O_RDONLY)\n\tfmt.Println(f == nil, err)\n}\n",
    ),
    (
        "open_file_flag_of_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, err := os.OpenFile(\"/tmp/gofiles-m\", \"a\", 0644)\n\tfmt.Println(f == nil, err)\n}\n",
    ),
    (
        "strings_reader_has_no_name",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tr := strings.NewReader(\"x\")\n\tfmt.Println(r.Name())\n}\n",
    ),
    (
        "bytes_new_reader_of_a_string",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tr := bytes.NewReader(\"inbox\")\n\tfmt.Println(r.Len())\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "scanner_on_a_buffer",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar b bytes.Buffer\n\tb.WriteString(\"a\\nb\\n\")\n\ts := bufio.NewScanner(&b)\n\tfor s.Scan() {\n\t\tfmt.Println(s.Text())\n\t}\n}\n",
    ),
    (
        "file_stat",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, err := os.Create(\"/tmp/gofiles-m\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tinfo, err := f.Stat()\n\tfmt.Println(info.Size(), err)\n\tos.Remove(f.Name())\n}\n",
    ),
    (
        "file_printed",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tf, err := os.OpenFile(\"/tmp/gofiles-m\", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)\n\tfmt.Println(f, err)\n}\n",
    ),
    (
        "io_copy",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"os\"\n)\n\nfunc main() {\n\tn, err := io.Copy(os.Stdout, os.Stdin)\n\tfmt.Println(n, err)\n}\n",
    ),
    (
        "not_exist_checked",
        "package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\t_, err := os.Open(\"/tmp/gofiles-missing\")\n\tfmt.Println(errors.Is(err, os.ErrNotExist))\n}\n",
    ),
    (
        "dir_entry_info",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tentries, err := os.ReadDir(\"/\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tfor _, e := range entries[:1] {\n\t\tinfo, err := e.Info()\n\t\tfmt.Println(info.Size() >= 0, err)\n\t}\n}\n",
    ),
    (
        "dir_entry_printed",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tentries, err := os.ReadDir(\"/\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tfmt.Println(len(entries) > 0, entries[0])\n}\n",
    ),
    (
        "reader_read_line",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tr := bufio.NewReader(os.Stdin)\n\tline, prefix, err := r.ReadLine()\n\tfmt.Println(line, prefix, err)\n}\n",
    ),
    (
        "strings_reader_read_rune",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tr := strings.NewReader(\"héllo\")\n\tc, n, err := r.ReadRune()\n\tfmt.Println(c, n, err)\n}\n",
    ),
    (
        "io_read_all_of_a_bufio_reader",
        "package main\n\nimport (\n\t\"bufio\"\n\t\"bytes\"\n\t\"fmt\"\n\t\"io\"\n)\n\nfunc main() {\n\tbr := bufio.NewReader(bytes.NewReader([]byte(\"inbox\")))\n\tall, err := io.ReadAll(br)\n\tfmt.Println(string(all), err)\n}\n",
    ),
    (
        "bytes_reader_read_byte",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tr := bytes.NewReader([]byte(\"inbox\"))\n\tb, err := r.ReadByte()\n\tfmt.Println(b, err)\n}\n",
    ),
];
