//! The library's calls that are statements: `log`'s (on its own logger or one of `log.New`),
//! `fmt.Fprint` to `os.Stdout` or `os.Stderr`, the sorts and `slices.Reverse` that change a
//! slice variable in place, and a `strings.Builder`'s writes.

use super::Lowerer;
use super::scope::Resolved;
use super::stmt_calls::Builtin;
use crate::go::syntax::elements;
use crate::go::types::Type;
use syncscope_program::{Block, Expr, InPlace, Lib, LogOp, LogSite, PrintKind, Stmt, StmtKind, Ty};
use tree_sitter::Node;

fn print_kind(name: &str) -> Option<PrintKind> {
    Some(match name {
        "Print" | "Fatal" | "Panic" => PrintKind::Print,
        "Printf" | "Fatalf" | "Panicf" => PrintKind::Printf,
        "Println" | "Fatalln" | "Panicln" => PrintKind::Println,
        _ => return None,
    })
}

fn log_op(member: &str) -> Option<LogOp> {
    let kind = print_kind(member);
    Some(match member {
        "SetFlags" => LogOp::SetFlags,
        "SetPrefix" => LogOp::SetPrefix,
        "SetOutput" => LogOp::SetOutput,
        m if m.starts_with("Fatal") => LogOp::Fatal(kind?),
        m if m.starts_with("Panic") => LogOp::Panic(kind?),
        _ => LogOp::Print(kind?),
    })
}

impl Lowerer<'_> {
    /// `call` if it is a `log` call or an `fmt.Fprint`, with its arguments lowered here (the
    /// logger or the stream first).
    pub(super) fn lib_builtin(&mut self, call: Node) -> Option<(Builtin, Vec<Expr>)> {
        let callee = call.child_by_field_name("function")?;
        let (operand, field) = (
            callee.child_by_field_name("operand")?,
            callee.child_by_field_name("field")?,
        );
        if callee.kind() != "selector_expression" || operand.kind() != "identifier" {
            return None;
        }
        let (name, member) = (self.text_of(operand), self.text_of(field));
        let full = format!("{name}.{member}");
        let args: Vec<Node> = elements(call.child_by_field_name("arguments")?).collect();
        let logger = match self.resolve(name, true) {
            Resolved::Package(p) if p == "fmt" && member.starts_with("Fprint") => {
                self.use_package("fmt");
                let kind = print_kind(&member.replacen("Fprint", "Print", 1))?;
                return Some((Builtin::Fprint(kind), self.fprint_args(call, &args, &full)));
            }
            Resolved::Package(p) if p == "log" => {
                self.use_package("log");
                Expr::Lib(Lib::StdLogger, Vec::new())
            }
            Resolved::Local(_, Type::Logger)
            | Resolved::Captured(_, Type::Logger)
            | Resolved::Global(_, Type::Logger) => self.expr(operand).0,
            _ => return None,
        };
        let op = log_op(member)?;
        let mut all = vec![logger];
        all.extend(self.log_args(call, op, &args, &full));
        let site = LogSite {
            file: self.log_file().into(),
            line: self.at(call).0 as u32,
        };
        Some((Builtin::Log(op, site), all))
    }

    /// The file as Go's compiler names it in `runtime.Caller`: its absolute path.
    pub(super) fn log_file(&self) -> String {
        std::path::absolute(self.file)
            .map_or(self.file.to_string(), |p| p.to_string_lossy().into_owned())
    }

    fn log_args(&mut self, call: Node, op: LogOp, args: &[Node], full: &str) -> Vec<Expr> {
        let param = match op {
            LogOp::SetFlags => Type::Int,
            LogOp::SetPrefix => Type::Str,
            LogOp::SetOutput => {
                let [w] = args else {
                    let params = [super::writers::writer_type()];
                    return self.args_as(call, args, &params, full);
                };
                return vec![self.writer_arg(*w, &format!("argument to {full}")).0];
            }
            LogOp::Print(PrintKind::Printf)
            | LogOp::Fatal(PrintKind::Printf)
            | LogOp::Panic(PrintKind::Printf) => return self.format_args(call, args, full),
            _ => return self.any_args(args, full),
        };
        self.args_as(call, args, &[param], full)
    }

    /// What `w` gives without lowering it (a name's type), where that is known.
    fn expr_type(&mut self, w: Node) -> Option<Type> {
        match w.kind() {
            "identifier" => match self.resolve(self.text_of(w), true) {
                Resolved::Local(_, t) | Resolved::Captured(_, t) | Resolved::Global(_, t) => {
                    Some(t)
                }
                _ => None,
            },
            "selector_expression" => {
                let text = self.canonical(self.text_of(w));
                Some(if matches!(text.as_str(), "os.Stdout" | "os.Stderr") {
                    Type::File
                } else {
                    Type::Invalid
                })
            }
            // `&buf`: no stream (a deferred `fmt.Fprintf(&buf, ...)` is not wrapped yet).
            "unary_expression" => Some(Type::Pointer(Box::new(Type::Invalid))),
            _ => Some(Type::Invalid),
        }
    }

    /// A format and its operands, as `Printf` takes them.
    fn format_args(&mut self, call: Node, args: &[Node], full: &str) -> Vec<Expr> {
        let Some((format, rest)) = args.split_first() else {
            let message =
                format!("not enough arguments in call to {full}: have (), want (string, ...any)");
            self.error(call, message);
            return Vec::new();
        };
        let mut all = vec![self.format_value(*format, &format!("argument to {full}"))];
        all.extend(self.any_args(rest, full));
        all
    }

    fn fprint_args(&mut self, call: Node, args: &[Node], full: &str) -> Vec<Expr> {
        let Some((w, rest)) = args.split_first() else {
            let want = if full.ends_with('f') {
                "(io.Writer, string, ...any)"
            } else {
                "(io.Writer, ...any)"
            };
            self.error(
                call,
                format!("not enough arguments in call to {full}: have (), want {want}"),
            );
            return Vec::new();
        };
        if self
            .expr_type(*w)
            .is_some_and(|t| t != Type::File && t != Type::Invalid)
        {
            // Only `go` and `defer` of one come here: the others write through an `io.Writer`.
            let what = format!(
                "go or defer of {full} with arguments other than constants and variables of \
                 basic types"
            );
            self.unsupported(*w, &what);
            return Vec::new();
        }
        let (stream, ty) = self.value(*w);
        let mut all = vec![stream];
        if full.ends_with('f') && rest.is_empty() {
            let have = crate::go::types::types_summary(&[ty], self.spelling());
            let message = format!(
                "not enough arguments in call to {full}: have {have}, want (io.Writer, string, \
                 ...any)"
            );
            self.error(*w, message);
            return Vec::new();
        }
        if full.ends_with('f') {
            all.extend(self.format_args(call, rest, full));
        } else {
            all.extend(self.any_args(rest, full));
        }
        all
    }

    /// A `log` call made by `go` (Go reports its file and line as the runtime's) is not run;
    /// a deferred one reports its function's closing brace, where it runs.
    pub(super) fn log_wrapped(&mut self, n: Node, b: &mut Builtin, is_go: bool) -> bool {
        let Builtin::Log(_, site) = b else {
            return true;
        };
        if is_go {
            self.unsupported(n, "go of a log call");
            return false;
        }
        let mut up = n.parent();
        while let Some(p) = up {
            if matches!(
                p.kind(),
                "function_declaration" | "method_declaration" | "func_literal"
            ) {
                site.line = (p.end_position().row + 1).saturating_sub(self.added) as u32;
                break;
            }
            up = p.parent();
        }
        true
    }

    /// `sort.Ints(s)`, `slices.Sort(s)` and their kin, and a `strings.Builder`'s writes, as
    /// statements; whether `call` was one.
    pub(super) fn lib_stmt(&mut self, n: Node, call: Node, out: &mut Block) -> bool {
        if self.write_to_stmt(n, call, out) {
            return true;
        }
        let Some(kind) = self.lib_stmt_kind(call) else {
            return false;
        };
        if let Some(kind) = kind {
            let pc = self.mark(n);
            out.push(Stmt::new(kind, pc));
        }
        true
    }

    /// The statement, `Some(None)` if it was one and a mistake was said.
    fn lib_stmt_kind(&mut self, call: Node) -> Option<Option<StmtKind>> {
        let callee = call.child_by_field_name("function")?;
        let (operand, field) = (
            callee.child_by_field_name("operand")?,
            callee.child_by_field_name("field")?,
        );
        if operand.kind() != "identifier" {
            return None;
        }
        let (name, member) = (
            self.text_of(operand).to_string(),
            self.text_of(field).to_string(),
        );
        let args: Vec<Node> = elements(call.child_by_field_name("arguments")?).collect();
        let full = format!("{name}.{member}");
        let resolved = self.resolve(&name, true);
        let ints = |t: Type| Type::Slice(Box::new(t));
        let (op, want) = match (&resolved, member.as_str()) {
            (Resolved::Package(p), m) if p == "sort" => match m {
                "Ints" => (InPlace::Sort, Some(ints(Type::Int))),
                "Strings" => (InPlace::Sort, Some(ints(Type::Str))),
                "Float64s" => (InPlace::Sort, Some(ints(Type::F64))),
                "Sort" | "Stable" => {
                    self.use_package("sort");
                    return Some(self.sort_interface(call, &args, &full));
                }
                "Slice" | "SliceStable" => {
                    self.use_package("sort");
                    return Some(self.sort_slice(call, &args, &full, m == "SliceStable"));
                }
                _ => return None,
            },
            (Resolved::Package(p), m) if p == "maps" => return self.maps_stmt(call, m, &args),
            (Resolved::Package(p), m @ ("SortFunc" | "SortStableFunc")) if p == "slices" => {
                self.use_package("slices");
                return Some(self.sort_func(call, &args, &full, m == "SortStableFunc"));
            }
            (Resolved::Package(p), m @ ("Sort" | "Reverse")) if p == "slices" => {
                let op = if m == "Sort" {
                    InPlace::Sort
                } else {
                    InPlace::Reverse
                };
                (op, None)
            }
            (
                Resolved::Local(_, Type::Hash(_))
                | Resolved::Captured(_, Type::Hash(_))
                | Resolved::Global(_, Type::Hash(_)),
                m @ ("Write" | "Reset"),
            ) => {
                return Some(self.hash_write(call, operand, m, &args, &full));
            }
            (
                Resolved::Local(_, Type::JsonEncoder)
                | Resolved::Captured(_, Type::JsonEncoder)
                | Resolved::Global(_, Type::JsonEncoder),
                m @ ("SetIndent" | "SetEscapeHTML"),
            ) => {
                return Some(self.json_encoder_set(call, operand, m, &args, &full));
            }
            (
                Resolved::Local(_, Type::Fnv32(a))
                | Resolved::Captured(_, Type::Fnv32(a))
                | Resolved::Global(_, Type::Fnv32(a)),
                m @ ("Write" | "Reset"),
            ) => {
                let a = *a;
                return Some(self.fnv_write(call, operand, a, m, &args, &full));
            }
            (_, m) if let Some(kind) = self.bufio_stmt(call, operand, m, &args, &full) => {
                return Some(kind);
            }
            (Resolved::Package(p), m) if p == "fmt" && m.starts_with("Fprint") => {
                let m = m.to_string();
                return self
                    .builder_fprint(&m, &args, &full)
                    .or_else(|| self.writer_fprint_stmt(call, &m, &args).map(Some));
            }
            (
                Resolved::Local(_, t) | Resolved::Captured(_, t) | Resolved::Global(_, t),
                "WriteString" | "WriteRune" | "WriteByte" | "Write" | "Reset" | "Grow",
            ) if super::buffer_ptrs::text_holder(t)
                || matches!(t, Type::Pointer(inner) if super::buffer_ptrs::text_holder(inner)) =>
            {
                return Some(self.builder_write(call, operand, &member, &args, &full));
            }
            _ => return None,
        };
        self.use_package(if want.is_some() { "sort" } else { "slices" });
        let [arg] = args.as_slice() else {
            let params = [want.unwrap_or(Type::Invalid)];
            self.args_as(call, &args, &params, &full);
            return Some(None);
        };
        let ok = match &want {
            Some(want) => {
                self.value_as(*arg, want, &format!("argument to {full}"));
                true
            }
            None => self
                .slice_arg(callee, *arg, &member, op == InPlace::Sort)
                .is_some(),
        };
        // A slice that is no variable was said (or refused) there: still this statement.
        let Some(place) = self.slice_place(*arg) else {
            return Some(None);
        };
        Some(ok.then_some(StmtKind::InPlace(place, op)))
    }

    /// `sb.WriteString(s)` and its kin: the builder's text grows by what is written.
    fn builder_write(
        &mut self,
        call: Node,
        sb: Node,
        member: &str,
        args: &[Node],
        full: &str,
    ) -> Option<StmtKind> {
        let context = format!("argument to {full}");
        let written = match (member, args) {
            ("WriteString", _) => self.args_as(call, args, &[Type::Str], full).pop()?,
            ("WriteRune", [r]) => Expr::Convert(Ty::Str, Box::new(self.rune_arg(*r, &context))),
            ("WriteByte", [c]) if c.kind() == "rune_literal" => {
                match super::library::rune_value(self.text_of(*c)).filter(char::is_ascii) {
                    Some(c) => Expr::str(&c.to_string()),
                    None => {
                        self.unsupported(*c, "writing a byte past ASCII");
                        return None;
                    }
                }
            }
            ("Write", [p]) => self.written_bytes(*p, full),
            ("Reset", []) => return self.text_set(sb, None, Expr::str("")),
            _ => {
                for a in args {
                    self.used_in(*a);
                }
                self.unsupported(call, full);
                return None;
            }
        };
        self.grown(sb, written)
    }
}
