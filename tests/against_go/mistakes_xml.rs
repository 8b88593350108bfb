//! The mistakes of `encoding/xml`, and what syncscope does not run of it yet, checked as
//! `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "xml_marshal_into_one",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb := xml.Marshal(struct{}{})\n\tfmt.Println(string(b))\n}\n",
    ),
    (
        "xml_unmarshal_of_a_string",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar v struct{ A string }\n\terr := xml.Unmarshal(`<a><A>x</A></a>`, &v)\n\tfmt.Println(v, err)\n}\n",
    ),
    (
        "xml_not_used",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(\"no xml here\")\n}\n",
    ),
    (
        "xml_marshal_indent_two_args",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb, err := xml.MarshalIndent([]int{1, 2}, \"  \")\n\tfmt.Println(string(b), err)\n}\n",
    ),
    (
        "xml_unmarshall_undefined",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar n int\n\terr := xml.Unmarshall([]byte(\"<n>1</n>\"), &n)\n\tfmt.Println(n, err)\n}\n",
    ),
    (
        "xml_name_field_unknown",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tn := xml.Name{Local: \"plant\", Prefix: \"p\"}\n\tfmt.Println(n)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "xml_new_encoder",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"os\"\n)\n\nfunc main() {\n\tenc := xml.NewEncoder(os.Stdout)\n\tenc.Indent(\"\", \"  \")\n\tenc.Encode(struct{ A int }{1})\n}\n",
    ),
    (
        "xml_new_decoder_token",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tdec := xml.NewDecoder(strings.NewReader(`<a>1</a>`))\n\ttok, err := dec.Token()\n\tfmt.Println(tok, err)\n}\n",
    ),
    (
        "xml_marshal_xml_method",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\ntype Level int\n\nfunc (l Level) MarshalXML(e *xml.Encoder, start xml.StartElement) error {\n\treturn e.EncodeElement(\"high\", start)\n}\n\ntype Alert struct {\n\tLevel Level `xml:\"level\"`\n}\n\nfunc main() {\n\tb, err := xml.Marshal(Alert{Level: 3})\n\tfmt.Println(string(b), err)\n}\n",
    ),
    (
        "xml_attr_field",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\ntype Tag struct {\n\tAttrs []xml.Attr `xml:\",any,attr\"`\n}\n\nfunc main() {\n\tvar t Tag\n\terr := xml.Unmarshal([]byte(`<tag a=\"1\"/>`), &t)\n\tfmt.Println(len(t.Attrs), err)\n}\n",
    ),
    (
        "xml_namespace_tag",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\ntype Feed struct {\n\tXMLName xml.Name `xml:\"http://www.w3.org/2005/Atom feed\"`\n\tTitle   string   `xml:\"title\"`\n}\n\nfunc main() {\n\tb, err := xml.Marshal(Feed{Title: \"news\"})\n\tfmt.Println(string(b), err)\n}\n",
    ),
    (
        "xml_cdata",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\ntype Note struct {\n\tBody string `xml:\",cdata\"`\n}\n\nfunc main() {\n\tb, err := xml.Marshal(Note{Body: \"<b>hi</b>\"})\n\tfmt.Println(string(b), err)\n}\n",
    ),
    (
        "xml_time_unmarshal",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n\t\"time\"\n)\n\ntype Event struct {\n\tAt time.Time\n}\n\nfunc main() {\n\tvar e Event\n\terr := xml.Unmarshal([]byte(`<Event><At>2024-01-02T03:04:05Z</At></Event>`), &e)\n\tfmt.Println(e.At, err)\n}\n",
    ),
    (
        "xml_escape_text",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"os\"\n)\n\nfunc main() {\n\txml.EscapeText(os.Stdout, []byte(\"a<b\"))\n}\n",
    ),
    (
        "xml_marshal_text_method",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"fmt\"\n)\n\ntype Level int\n\nfunc (l Level) MarshalText() ([]byte, error) {\n\treturn []byte(\"high\"), nil\n}\n\ntype Alert struct {\n\tLevel Level `xml:\"level,attr\"`\n}\n\nfunc main() {\n\tb, err := xml.Marshal(Alert{Level: 3})\n\tfmt.Println(string(b), err)\n}\n",
    ),
    (
        "xml_syntax_error_type",
        "package main\n\nimport (\n\t\"encoding/xml\"\n\t\"errors\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar s string\n\terr := xml.Unmarshal([]byte(\"<a\"), &s)\n\tvar se *xml.SyntaxError\n\tfmt.Println(errors.As(err, &se))\n}\n",
    ),
];
