//! The mistakes of `log/slog`, and what syncscope does not run of it, checked as
//! `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "slog_attr_no_field",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"log/slog\"\n)\n\nfunc main() {\n\ta := slog.String(\"k\", \"v\")\n\tfmt.Println(a.Name)\n}\n",
    ),
    (
        "slog_handler_without_options",
        "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\nfunc main() {\n\tlogger := slog.New(slog.NewJSONHandler(os.Stdout))\n\tlogger.Info(\"hi\")\n}\n",
    ),
    (
        "slog_info_of_a_number",
        "package main\n\nimport \"log/slog\"\n\nfunc main() {\n\tslog.Info(42, \"k\", 1)\n}\n",
    ),
    (
        "slog_info_without_message",
        "package main\n\nimport \"log/slog\"\n\nfunc main() {\n\tslog.Info()\n}\n",
    ),
    (
        "slog_infof",
        "package main\n\nimport \"log/slog\"\n\nfunc main() {\n\tslog.Infof(\"%d items\", 3)\n}\n",
    ),
    (
        "slog_level_string_undefined",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"log/slog\"\n)\n\nfunc main() {\n\tfmt.Println(slog.LevelWarn.Name())\n}\n",
    ),
    (
        "slog_logger_printf",
        "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\nfunc main() {\n\tlogger := slog.New(slog.NewTextHandler(os.Stdout, nil))\n\tlogger.Printf(\"hi\")\n}\n",
    ),
    (
        "slog_new_of_nothing",
        "package main\n\nimport \"log/slog\"\n\nfunc main() {\n\tlogger := slog.New()\n\tlogger.Info(\"hi\")\n}\n",
    ),
    (
        "slog_new_of_a_file",
        "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\nfunc main() {\n\tlogger := slog.New(os.Stdout)\n\tlogger.Info(\"hi\")\n}\n",
    ),
    (
        "slog_string_attr_of_an_int",
        "package main\n\nimport \"log/slog\"\n\nfunc main() {\n\tslog.Info(\"hi\", slog.String(\"n\", 3))\n}\n",
    ),
    (
        "slog_unused_logger",
        "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\nfunc main() {\n\tlogger := slog.New(slog.NewTextHandler(os.Stdout, nil))\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, each in one line.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "slog_add_source",
        "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\nfunc main() {\n\tlogger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{AddSource: true}))\n\tlogger.Info(\"hi\")\n}\n",
    ),
    (
        "slog_custom_handler",
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"log/slog\"\n)\n\ntype printer struct{}\n\nfunc (printer) Enabled(context.Context, slog.Level) bool { return true }\nfunc (printer) Handle(_ context.Context, r slog.Record) error { fmt.Println(r.Message); return nil }\nfunc (p printer) WithAttrs([]slog.Attr) slog.Handler { return p }\nfunc (p printer) WithGroup(string) slog.Handler { return p }\n\nfunc main() {\n\tslog.New(printer{}).Info(\"hi\")\n}\n",
    ),
    (
        "slog_handler_to_a_buffer",
        "package main\n\nimport (\n\t\"bytes\"\n\t\"fmt\"\n\t\"log/slog\"\n)\n\nfunc main() {\n\tvar buf bytes.Buffer\n\tlogger := slog.New(slog.NewTextHandler(&buf, nil))\n\tlogger.Info(\"hi\")\n\tfmt.Print(buf.String())\n}\n",
    ),
    (
        "slog_info_context",
        "package main\n\nimport (\n\t\"context\"\n\t\"log/slog\"\n)\n\nfunc main() {\n\tslog.InfoContext(context.Background(), \"hi\")\n}\n",
    ),
    (
        "slog_attr_printed",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"log/slog\"\n)\n\nfunc main() {\n\tfmt.Println(slog.Int(\"n\", 1))\n}\n",
    ),
    (
        "slog_level_var",
        "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\nfunc main() {\n\tvar level slog.LevelVar\n\tlevel.Set(slog.LevelDebug)\n\tlogger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &level}))\n\tlogger.Debug(\"hi\")\n}\n",
    ),
    (
        "slog_log_valuer",
        "package main\n\nimport \"log/slog\"\n\ntype secret string\n\nfunc (secret) LogValue() slog.Value {\n\tvar v slog.Value\n\treturn v\n}\n\nfunc main() {\n\tslog.Info(\"login\", \"password\", secret(\"hunter2\"))\n}\n",
    ),
    (
        "slog_options_in_a_variable",
        "package main\n\nimport (\n\t\"log/slog\"\n\t\"os\"\n)\n\nfunc main() {\n\topts := &slog.HandlerOptions{Level: slog.LevelDebug}\n\tlogger := slog.New(slog.NewTextHandler(os.Stdout, opts))\n\tlogger.Debug(\"hi\")\n}\n",
    ),
];
