//! The mistakes of `context` (its functions' arguments and results, a cancel function not
//! used, a context's methods), and what syncscope does not run of it, checked as
//! `mistakes.rs` checks its own: Go decides each word and place.

/// Name and program; each has one mistake, the first Go reports.
pub(super) const MISTAKES: &[(&str, &str)] = &[
    (
        "context_cancel_not_used",
        "package main\n\nimport \"context\"\n\nfunc main() {\n\tctx, cancel := context.WithCancel(context.Background())\n\t<-ctx.Done()\n}\n",
    ),
    (
        "context_cancel_with_cause_no_arg",
        "package main\n\nimport \"context\"\n\nfunc main() {\n\tctx, cancel := context.WithCancelCause(context.Background())\n\tdefer cancel()\n\t<-ctx.Done()\n}\n",
    ),
    (
        "context_imported_not_used",
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(\"no context here\")\n}\n",
    ),
    (
        "context_no_such_method",
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tctx := context.Background()\n\tfmt.Println(ctx.Deadlines())\n}\n",
    ),
    (
        "context_not_imported",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tctx := context.Background()\n\tfmt.Println(ctx.Err())\n}\n",
    ),
    (
        "context_one_result",
        "package main\n\nimport \"context\"\n\nfunc main() {\n\tctx := context.WithTimeout(context.Background(), 10)\n\t<-ctx.Done()\n}\n",
    ),
    (
        "context_send_on_done",
        "package main\n\nimport \"context\"\n\nfunc main() {\n\tctx, cancel := context.WithCancel(context.Background())\n\tdefer cancel()\n\tctx.Done() <- struct{}{}\n}\n",
    ),
    (
        "context_timeout_of_an_int",
        "package main\n\nimport \"context\"\n\nfunc main() {\n\tms := 50\n\tctx, cancel := context.WithTimeout(context.Background(), ms)\n\tdefer cancel()\n\t<-ctx.Done()\n}\n",
    ),
    (
        "context_undefined_member",
        "package main\n\nimport \"context\"\n\nfunc main() {\n\tctx, cancel := context.WithCancelled(context.Background())\n\tdefer cancel()\n\t<-ctx.Done()\n}\n",
    ),
    (
        "context_value_key_missing",
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tctx := context.WithValue(context.Background(), \"id\")\n\tfmt.Println(ctx.Value(\"id\"))\n}\n",
    ),
    (
        "context_with_cancel_no_parent",
        "package main\n\nimport \"context\"\n\nfunc main() {\n\tctx, cancel := context.WithCancel()\n\tdefer cancel()\n\t<-ctx.Done()\n}\n",
    ),
];

/// Programs Go builds that syncscope refuses, in one line naming what it does not run.
pub(super) const NOT_RUN_YET: &[(&str, &str)] = &[
    (
        "context_printing",
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\nfunc main() {\n\tctx, cancel := context.WithCancel(context.Background())\n\tdefer cancel()\n\tfmt.Println(ctx)\n}\n",
    ),
    (
        "context_own_type",
        "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"time\"\n)\n\ntype never struct{}\n\nfunc (never) Deadline() (time.Time, bool) { var t time.Time; return t, false }\nfunc (never) Done() <-chan struct{}        { return nil }\nfunc (never) Err() error                   { return nil }\nfunc (never) Value(key any) any            { return nil }\n\nfunc main() {\n\tvar ctx context.Context = never{}\n\tfmt.Println(ctx.Err())\n}\n",
    ),
];
