//! The mistakes of Go's `unicode` functions of one rune, and what syncscope does not run of
//! the package, checked as `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "unicode_byte_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\ts := \"Go\"\n\tfmt.Println(unicode.IsUpper(s[0]))\n}\n",
    ),
    (
        "unicode_string_argument",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\tfmt.Println(unicode.ToUpper(\"a\"))\n}\n",
    ),
    (
        "unicode_undefined",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\tfmt.Println(unicode.IsVowel('a'))\n}\n",
    ),
    (
        "unicode_rune_as_string",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\tvar s string = unicode.ToLower('A')\n\tfmt.Println(s)\n}\n",
    ),
    (
        "unicode_bool_as_int",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\tn := 0\n\tn += unicode.IsDigit('7')\n\tfmt.Println(n)\n}\n",
    ),
    (
        "unicode_two_arguments",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\tfmt.Println(unicode.IsSpace(' ', '\\t'))\n}\n",
    ),
    (
        "unicode_not_used",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\tfmt.Println(\"no runes here\")\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "unicode_is_title",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\tfmt.Println(unicode.IsTitle('ǅ'))\n}\n",
    ),
    (
        "unicode_is_latin",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\tr := 'é'\n\tfmt.Println(unicode.Is(unicode.Latin, r))\n}\n",
    ),
    (
        "unicode_to_title",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"unicode\"\n)\n\nfunc main() {\n\tfmt.Printf(\"%c\\n\", unicode.ToTitle('a'))\n}\n",
    ),
];
