//! The mistakes of `encoding/base64`, `crypto/sha256` and `path/filepath`, and what
//! syncscope does not run of them yet, checked as `mistakes.rs` checks its own: Go decides
//! each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "base64_encode_of_a_string",
        "package main\n\nimport (\n\t\"encoding/base64\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(base64.StdEncoding.EncodeToString(\"hello\"))\n}\n",
    ),
    (
        "base64_decode_into_one",
        "package main\n\nimport (\n\t\"encoding/base64\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb := base64.StdEncoding.DecodeString(\"aGk=\")\n\tfmt.Println(b)\n}\n",
    ),
    (
        "base64_encoding_has_no_encrypt",
        "package main\n\nimport (\n\t\"encoding/base64\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(base64.StdEncoding.Encrypt([]byte(\"hi\")))\n}\n",
    ),
    (
        "base64_standard_encoding_undefined",
        "package main\n\nimport (\n\t\"encoding/base64\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(base64.StandardEncoding.EncodeToString([]byte(\"hi\")))\n}\n",
    ),
    (
        "sha256_sum256_as_a_slice",
        "package main\n\nimport (\n\t\"crypto/sha256\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar sum []byte = sha256.Sum256([]byte(\"x\"))\n\tfmt.Println(len(sum))\n}\n",
    ),
    (
        "sha256_not_used",
        "package main\n\nimport (\n\t\"crypto/sha256\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(\"no hashing\")\n}\n",
    ),
    (
        "sha256_write_of_a_string",
        "package main\n\nimport (\n\t\"crypto/sha256\"\n\t\"fmt\"\n)\n\nfunc main() {\n\th := sha256.New()\n\th.Write(\"abc\")\n\tfmt.Printf(\"%%x\\n\", h.Sum(nil))\n}\n",
    ),
    (
        "sha256_hash_has_no_sum32",
        "package main\n\nimport (\n\t\"crypto/sha256\"\n\t\"fmt\"\n)\n\nfunc main() {\n\th := sha256.New()\n\tfmt.Printf(\"%%x\\n\", h.Sum32())\n}\n",
    ),
    (
        "filepath_join_of_a_slice",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tparts := []string{\"a\", \"b\"}\n\tfmt.Println(filepath.Join(parts))\n}\n",
    ),
    (
        "filepath_split_into_one",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tdir := filepath.Split(\"/a/b\")\n\tfmt.Println(dir)\n}\n",
    ),
    (
        "filepath_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tfmt.Println(\"paths\")\n}\n",
    ),
    (
        "filepath_base_of_an_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tfmt.Println(filepath.Base(42))\n}\n",
    ),
    (
        "filepath_extension_undefined",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tfmt.Println(filepath.Extension(\"a.go\"))\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "sha256_sum224",
        "package main\n\nimport (\n\t\"crypto/sha256\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Printf(\"%%x\\n\", sha256.Sum224([]byte(\"abc\")))\n}\n",
    ),
    (
        "base64_with_padding",
        "package main\n\nimport (\n\t\"encoding/base64\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tenc := base64.StdEncoding.WithPadding(base64.NoPadding)\n\tfmt.Println(enc.EncodeToString([]byte(\"hi\")))\n}\n",
    ),
    (
        "sha256_new224",
        "package main\n\nimport (\n\t\"crypto/sha256\"\n\t\"fmt\"\n)\n\nfunc main() {\n\th := sha256.New224()\n\tfmt.Println(h.Size())\n}\n",
    ),
    (
        "filepath_abs",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tp, err := filepath.Abs(\"x\")\n\tfmt.Println(p != \"\", err)\n}\n",
    ),
    (
        "filepath_match",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"path/filepath\"\n)\n\nfunc main() {\n\tok, err := filepath.Match(\"*.go\", \"main.go\")\n\tfmt.Println(ok, err)\n}\n",
    ),
];
