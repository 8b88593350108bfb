//! The mistakes of `crypto/md5`, `encoding/hex`, `io/ioutil` and `filepath.Walk` (the Go
//! blog's pipelines), and what syncscope does not run of them yet, checked as `mistakes.rs` checks its own: Go
//! decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "md5_sum_of_a_string",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tsum := md5.Sum(\"gopher\")\n\tfmt.Println(sum)\n}\n",
    ),
    (
        "md5_size_assigned_to",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tmd5.Size = 32\n\tfmt.Println(md5.Size)\n}\n",
    ),
    (
        "md5_sum256_undefined",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(md5.Sum256([]byte(\"x\")))\n}\n",
    ),
    (
        "md5_sum_as_a_sha256_array",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"crypto/sha256\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar sum [sha256.Size]byte = md5.Sum(nil)\n\tfmt.Println(sum)\n}\n",
    ),
    (
        "md5_hash_sum_as_an_array",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\th := md5.New()\n\th.Write([]byte(\"x\"))\n\tvar sum [md5.Size]byte = h.Sum(nil)\n\tfmt.Println(sum)\n}\n",
    ),
    (
        "md5_index_past_size",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tsum := md5.Sum(nil)\n\tfmt.Println(sum[md5.Size])\n}\n",
    ),
    (
        "md5_not_used",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(\"no sums\")\n}\n",
    ),
    (
        "md5_hash_has_no_sum32",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\th := md5.New()\n\tfmt.Println(h.Sum32())\n}\n",
    ),
    (
        "md5_array_length_of_a_variable",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tsize := md5.Size\n\tvar sum [size]byte\n\tfmt.Println(sum, size)\n}\n",
    ),
    (
        "ioutil_read_file_into_one",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n)\n\nfunc main() {\n\tdata := ioutil.ReadFile(\"notes.txt\")\n\tfmt.Println(data)\n}\n",
    ),
    (
        "ioutil_write_file_of_a_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n)\n\nfunc main() {\n\terr := ioutil.WriteFile(\"notes.txt\", \"hi\", 0644)\n\tfmt.Println(err)\n}\n",
    ),
    (
        "ioutil_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n)\n\nfunc main() {\n\tfmt.Println(\"no files\")\n}\n",
    ),
    (
        "ioutil_read_lines_undefined",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n)\n\nfunc main() {\n\tlines, err := ioutil.ReadLines(\"notes.txt\")\n\tfmt.Println(lines, err)\n}\n",
    ),
    (
        "file_info_has_no_perm",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tfilepath.Walk(\".\", func(path string, info os.FileInfo, err error) error {\n\t\tfmt.Println(info.Perm())\n\t\treturn nil\n\t})\n}\n",
    ),
    (
        "walk_visit_returns_nothing",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\terr := filepath.Walk(\".\", func(path string, info os.FileInfo, err error) error {\n\t\tfmt.Println(path)\n\t})\n\tfmt.Println(err)\n}\n",
    ),
    (
        "hex_encode_of_a_string",
        "package main\n\nimport (\n\t\"encoding/hex\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(hex.EncodeToString(\"gopher\"))\n}\n",
    ),
    (
        "hex_decode_into_one",
        "package main\n\nimport (\n\t\"encoding/hex\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb := hex.DecodeString(\"6869\")\n\tfmt.Println(b)\n}\n",
    ),
    (
        "hex_encode_of_an_array",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"encoding/hex\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tsum := md5.Sum([]byte(\"x\"))\n\tfmt.Println(hex.EncodeToString(sum))\n}\n",
    ),
    (
        "hex_not_used",
        "package main\n\nimport (\n\t\"encoding/hex\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(\"no hex\")\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "ioutil_nop_closer",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n\t\"strings\"\n)\n\nfunc main() {\n\trc := ioutil.NopCloser(strings.NewReader(\"x\"))\n\tfmt.Println(rc.Close())\n}\n",
    ),
    (
        "file_info_mod_time",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tfilepath.Walk(\".\", func(path string, info os.FileInfo, err error) error {\n\t\tfmt.Println(info.ModTime())\n\t\treturn nil\n\t})\n}\n",
    ),
    (
        "file_mode_printed",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n)\n\nfunc main() {\n\tinfos, _ := ioutil.ReadDir(\".\")\n\tfor _, info := range infos {\n\t\tfmt.Println(info.Mode(), info.Name())\n\t}\n}\n",
    ),
    (
        "file_mode_perm",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n)\n\nfunc main() {\n\tinfos, _ := ioutil.ReadDir(\".\")\n\tfor _, info := range infos {\n\t\tfmt.Println(info.Mode().Perm())\n\t}\n}\n",
    ),
    (
        "file_infos_printed",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"io/ioutil\"\n)\n\nfunc main() {\n\tinfos, _ := ioutil.ReadDir(\".\")\n\tfmt.Println(infos)\n}\n",
    ),
    (
        "md5_hash_copied",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\th := md5.New()\n\tg := h\n\tg.Write([]byte(\"a\"))\n\tfmt.Printf(\"%x\\n\", h.Sum(nil))\n}\n",
    ),
    (
        "md5_hash_printed",
        "package main\n\nimport (\n\t\"crypto/md5\"\n\t\"fmt\"\n)\n\nfunc main() {\n\th := md5.New()\n\tfmt.Println(h)\n}\n",
    ),
    (
        "hex_dump",
        "package main\n\nimport (\n\t\"encoding/hex\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Print(hex.Dump([]byte(\"gopher\")))\n}\n",
    ),
    (
        "hex_err_length",
        "package main\n\nimport (\n\t\"encoding/hex\"\n\t\"fmt\"\n)\n\nfunc main() {\n\t_, err := hex.DecodeString(\"abc\")\n\tfmt.Println(err == hex.ErrLength)\n}\n",
    ),
];
