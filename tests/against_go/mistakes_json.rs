//! The mistakes of `encoding/json`, and what syncscope does not run of it yet, checked as
//! `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "json_marshal_into_one",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb := json.Marshal(map[string]int{\"a\": 1})\n\tfmt.Println(string(b))\n}\n",
    ),
    (
        "json_unmarshal_of_a_string",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar v map[string]any\n\terr := json.Unmarshal(`{\"a\":1}`, &v)\n\tfmt.Println(v, err)\n}\n",
    ),
    (
        "json_not_used",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(\"no json here\")\n}\n",
    ),
    (
        "json_marshal_indent_two_args",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tb, err := json.MarshalIndent([]int{1, 2}, \"  \")\n\tfmt.Println(string(b), err)\n}\n",
    ),
    (
        "json_unmarshall_undefined",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar n int\n\terr := json.Unmarshall([]byte(\"1\"), &n)\n\tfmt.Println(n, err)\n}\n",
    ),
    (
        "json_valid_of_a_string",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(json.Valid(\"{}\"))\n}\n",
    ),
    (
        "json_encoder_has_no_write",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n)\n\nfunc main() {\n\tenc := json.NewEncoder(os.Stdout)\n\tenc.Write([]byte(\"{}\"))\n}\n",
    ),
    (
        "json_set_indent_one_arg",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"os\"\n)\n\nfunc main() {\n\tenc := json.NewEncoder(os.Stdout)\n\tenc.SetIndent(\"  \")\n\tenc.Encode(1)\n}\n",
    ),
    (
        "json_decoder_has_no_read",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tdec := json.NewDecoder(strings.NewReader(`{}`))\n\tn, err := dec.Read(nil)\n\tfmt.Println(n, err)\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "json_raw_message",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\ntype Envelope struct {\n\tKind string          `json:\"kind\"`\n\tData json.RawMessage `json:\"data\"`\n}\n\nfunc main() {\n\tvar e Envelope\n\terr := json.Unmarshal([]byte(`{\"kind\":\"x\",\"data\":{\"a\":1}}`), &e)\n\tfmt.Println(e.Kind, string(e.Data), err)\n}\n",
    ),
    (
        "json_marshal_json_method",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\ntype Level int\n\nfunc (l Level) MarshalJSON() ([]byte, error) {\n\treturn []byte(`\"high\"`), nil\n}\n\ntype Alert struct {\n\tLevel Level `json:\"level\"`\n}\n\nfunc main() {\n\tb, err := json.Marshal(Alert{Level: 3})\n\tfmt.Println(string(b), err)\n}\n",
    ),
    (
        "json_number",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tn := json.Number(\"12\")\n\tfmt.Println(n)\n}\n",
    ),
    (
        "json_new_decoder_token",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tdec := json.NewDecoder(strings.NewReader(`[1,2]`))\n\ttok, err := dec.Token()\n\tfmt.Println(tok, err)\n}\n",
    ),
    (
        "json_omitzero",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\ntype Row struct {\n\tN int `json:\"n,omitzero\"`\n}\n\nfunc main() {\n\tb, _ := json.Marshal(Row{})\n\tfmt.Println(string(b))\n}\n",
    ),
    (
        "json_time_unmarshal",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"time\"\n)\n\ntype Event struct {\n\tAt time.Time `json:\"at\"`\n}\n\nfunc main() {\n\tvar e Event\n\terr := json.Unmarshal([]byte(`{\"at\":\"2024-01-02T03:04:05Z\"}`), &e)\n\tfmt.Println(e.At, err)\n}\n",
    ),
    (
        "json_new_encoder_of_a_buffer",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tvar buf bytes.Buffer\n\tjson.NewEncoder(&buf).Encode([]int{1})\n\tfmt.Print(buf.String())\n}\n",
    ),
    (
        "json_decoder_disallow_unknown",
        "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tdec := json.NewDecoder(strings.NewReader(`{\"a\":1}`))\n\tdec.DisallowUnknownFields()\n\tvar v struct{ B int }\n\tfmt.Println(dec.Decode(&v))\n}\n",
    ),
];
