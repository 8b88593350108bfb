//! Go's library packages teachers' programs print and count with: `strings`, `strconv`,
//! `math`, `sort`, `slices`, `unicode/utf8`, `errors`, `log` and `os`'s two streams. Each
//! function's parameters are Go's, so a call is checked as Go checks it; its value is an
//! `Expr::Lib`. The calls that are statements are in `lib_stmts`, the methods in
//! `lib_methods`.

use super::Lowerer;
use super::scope::Resolved;
use crate::go::types::{Type, Untyped};
use syncscope_program::library::{STDERR, STDOUT, log_flags};
use syncscope_program::textlib::ReOp;
use syncscope_program::urls::UrlOp;
use syncscope_program::{Expr, Lib, Lit};
use tree_sitter::Node;

/// The library packages syncscope reads, by import path.
pub(super) const PACKAGES: &[&str] = &[
    "bufio",
    "bytes",
    "cmp",
    "container/heap",
    "crypto/md5",
    "crypto/sha256",
    "encoding/base64",
    "encoding/hex",
    "encoding/json",
    "encoding/xml",
    "errors",
    "flag",
    "hash/fnv",
    "io",
    "io/fs",
    "io/ioutil",
    "iter",
    "log",
    "log/slog",
    "maps",
    "math",
    "net",
    "net/url",
    "os",
    "path/filepath",
    "regexp",
    "slices",
    "sort",
    "strconv",
    "strings",
    "text/tabwriter",
    "text/template",
    "unicode",
    "unicode/utf8",
];

/// `func(rune) bool`, what `strings.IndexFunc` and its kin ask of each rune.
fn rune_test() -> Type {
    Type::Func(vec![Type::Rune], Some(Box::new(Type::Bool)))
}

fn str_slice() -> Type {
    Type::Slice(Box::new(Type::Str))
}

/// A function of one result type and fixed parameters: its `Lib`, parameters and result.
pub(super) fn plain(full: &str) -> Option<(Lib, Vec<Type>, Type)> {
    use Type::{Bool, F64, Int, Str};
    let s1 = || vec![Str];
    let s2 = || vec![Str, Str];
    let f1 = || vec![F64];
    let f2 = || vec![F64, F64];
    let pair = |a: Type| Type::Tuple(vec![a, error_type()]);
    if let Some(file) = super::files::plain(full) {
        return Some(file);
    }
    if let Some(hex) = super::lib_hex::plain(full) {
        return Some(hex);
    }
    Some(match full {
        "os.Getenv" => (Lib::Getenv, s1(), Str),
        "regexp.MustCompile" => (Lib::Regexp(ReOp::MustCompile), s1(), Type::Regexp),
        "regexp.Compile" => (Lib::Regexp(ReOp::Compile), s1(), pair(Type::Regexp)),
        "regexp.MatchString" => (Lib::Regexp(ReOp::MatchPattern), s2(), pair(Bool)),
        "regexp.QuoteMeta" => (Lib::Regexp(ReOp::QuoteMeta), s1(), Str),
        "filepath.Clean" => (Lib::FilepathClean, s1(), Str),
        "filepath.Join" => (Lib::FilepathJoin, vec![Type::Variadic(Box::new(Str))], Str),
        "filepath.Dir" => (Lib::FilepathDir, s1(), Str),
        "filepath.Base" => (Lib::FilepathBase, s1(), Str),
        "filepath.Ext" => (Lib::FilepathExt, s1(), Str),
        "filepath.IsAbs" => (Lib::FilepathIsAbs, s1(), Bool),
        "filepath.Split" => (Lib::FilepathSplit, s1(), Type::Tuple(vec![Str, Str])),
        "filepath.Rel" => (Lib::FilepathRel, s2(), pair(Str)),
        "os.LookupEnv" => (Lib::LookupEnv, s1(), Type::Tuple(vec![Str, Bool])),
        "os.Setenv" => (Lib::Setenv, s2(), error_type()),
        "os.Unsetenv" => (Lib::Unsetenv, s1(), error_type()),
        "os.Environ" => (Lib::Environ, Vec::new(), str_slice()),
        "strings.Join" => (Lib::Join, vec![str_slice(), Str], Str),
        "strings.Split" => (Lib::Split, s2(), str_slice()),
        "strings.Fields" => (Lib::Fields, s1(), str_slice()),
        "strings.IndexFunc" => (Lib::StrIndexFunc, vec![Str, rune_test()], Int),
        "strings.ContainsFunc" => (Lib::StrContainsFunc, vec![Str, rune_test()], Bool),
        "strings.TrimFunc" => (Lib::StrTrimFunc, vec![Str, rune_test()], Str),
        "strings.TrimLeftFunc" => (Lib::StrTrimLeftFunc, vec![Str, rune_test()], Str),
        "strings.TrimRightFunc" => (Lib::StrTrimRightFunc, vec![Str, rune_test()], Str),
        "strings.FieldsFunc" => (Lib::StrFieldsFunc, vec![Str, rune_test()], str_slice()),
        "strings.Map" => (
            Lib::StrMap,
            vec![
                Type::Func(vec![Type::Rune], Some(Box::new(Type::Rune))),
                Str,
            ],
            Str,
        ),
        "strings.Contains" => (Lib::Contains, s2(), Bool),
        "strings.ContainsAny" => (Lib::ContainsAny, s2(), Bool),
        "strings.HasPrefix" => (Lib::HasPrefix, s2(), Bool),
        "strings.HasSuffix" => (Lib::HasSuffix, s2(), Bool),
        "strings.Index" => (Lib::Index, s2(), Int),
        "strings.LastIndex" => (Lib::LastIndex, s2(), Int),
        "strings.SplitN" => (Lib::SplitN, vec![Str, Str, Int], str_slice()),
        "strings.SplitAfter" => (Lib::SplitAfter, s2(), str_slice()),
        "strings.Cut" => (Lib::Cut, s2(), Type::Tuple(vec![Str, Str, Bool])),
        "strings.CutPrefix" => (Lib::CutPrefix, s2(), Type::Tuple(vec![Str, Bool])),
        "strings.CutSuffix" => (Lib::CutSuffix, s2(), Type::Tuple(vec![Str, Bool])),
        "strings.ToTitle" => (Lib::ToTitle, s1(), Str),
        "strings.IndexByte" => (Lib::IndexByte, vec![Str, Type::Byte], Int),
        "strings.LastIndexByte" => (Lib::LastIndexByte, vec![Str, Type::Byte], Int),
        "strings.IndexRune" => (Lib::IndexRune, vec![Str, Type::Rune], Int),
        "strings.IndexAny" => (Lib::IndexAny, s2(), Int),
        "strings.LastIndexAny" => (Lib::LastIndexAny, s2(), Int),
        "strings.Title" => (Lib::Title, s1(), Str),
        "strings.Repeat" => (Lib::Repeat, vec![Str, Int], Str),
        "strings.Replace" => (Lib::Replace, vec![Str, Str, Str, Int], Str),
        "strings.ReplaceAll" => (Lib::ReplaceAll, vec![Str, Str, Str], Str),
        "strings.ToUpper" => (Lib::ToUpper, s1(), Str),
        "strings.ToLower" => (Lib::ToLower, s1(), Str),
        "strings.TrimSpace" => (Lib::TrimSpace, s1(), Str),
        "strings.Trim" => (Lib::Trim, s2(), Str),
        "strings.TrimLeft" => (Lib::TrimLeft, s2(), Str),
        "strings.TrimRight" => (Lib::TrimRight, s2(), Str),
        "strings.TrimPrefix" => (Lib::TrimPrefix, s2(), Str),
        "strings.TrimSuffix" => (Lib::TrimSuffix, s2(), Str),
        "strings.Count" => (Lib::Count, s2(), Int),
        "strings.EqualFold" => (Lib::EqualFold, s2(), Bool),
        "strings.Compare" => (Lib::Compare, s2(), Int),
        "strconv.Itoa" => (Lib::Itoa, vec![Int], Str),
        "strconv.Atoi" => (Lib::Atoi, s1(), pair(Int)),
        "strconv.FormatInt" => (Lib::FormatInt, vec![Type::Sized("int64"), Int], Str),
        "strconv.Quote" => (Lib::Quote, s1(), Str),
        "strconv.QuoteToASCII" => (Lib::QuoteToAscii, s1(), Str),
        "strconv.QuoteRune" => (Lib::QuoteRune, vec![Type::Rune], Str),
        "strconv.QuoteRuneToASCII" => (Lib::QuoteRuneToAscii, vec![Type::Rune], Str),
        "sort.SearchInts" => (
            Lib::SearchSorted,
            vec![Type::Slice(Box::new(Int)), Int],
            Int,
        ),
        "sort.SearchStrings" => (
            Lib::SearchSorted,
            vec![Type::Slice(Box::new(Str)), Str],
            Int,
        ),
        "strconv.FormatBool" => (Lib::FormatBool, vec![Bool], Str),
        "strconv.ParseBool" => (Lib::ParseBool, s1(), pair(Bool)),
        "strconv.ParseInt" => (
            Lib::ParseInt,
            vec![Str, Int, Int],
            pair(Type::Sized("int64")),
        ),
        "strconv.ParseUint" => (
            Lib::ParseUint,
            vec![Str, Int, Int],
            pair(Type::Sized("uint64")),
        ),
        "strconv.FormatUint" => (Lib::FormatUint, vec![Type::Sized("uint64"), Int], Str),
        "strconv.ParseFloat" => (Lib::ParseFloat, vec![Str, Int], pair(F64)),
        "math.Sqrt" => (Lib::Sqrt, f1(), F64),
        "math.Abs" => (Lib::Abs, f1(), F64),
        "math.Floor" => (Lib::Floor, f1(), F64),
        "math.Ceil" => (Lib::Ceil, f1(), F64),
        "math.Trunc" => (Lib::Trunc, f1(), F64),
        "math.Round" => (Lib::Round, f1(), F64),
        "math.RoundToEven" => (Lib::RoundToEven, f1(), F64),
        "math.Max" => (Lib::Max, f2(), F64),
        "math.Min" => (Lib::Min, f2(), F64),
        "math.Mod" => (Lib::Mod, f2(), F64),
        "math.Pow" => (Lib::Pow, f2(), F64),
        "math.Sin" => (Lib::Sin, f1(), F64),
        "math.Cos" => (Lib::Cos, f1(), F64),
        "math.Tan" => (Lib::Tan, f1(), F64),
        "math.Asin" => (Lib::Asin, f1(), F64),
        "math.Acos" => (Lib::Acos, f1(), F64),
        "math.Atan" => (Lib::Atan, f1(), F64),
        "math.Atan2" => (Lib::Atan2, f2(), F64),
        "math.Log" => (Lib::Log, f1(), F64),
        "math.Log10" => (Lib::Log10, f1(), F64),
        "math.Log2" => (Lib::Log2, f1(), F64),
        "math.Cbrt" => (Lib::Cbrt, f1(), F64),
        "math.Hypot" => (Lib::Hypot, f2(), F64),
        "math.Copysign" => (Lib::Copysign, f2(), F64),
        "math.Inf" => (Lib::Inf, vec![Int], F64),
        "math.NaN" => (Lib::NaN, vec![], F64),
        "math.IsNaN" => (Lib::IsNaN, f1(), Bool),
        "math.IsInf" => (Lib::IsInf, vec![F64, Int], Bool),
        "math.Signbit" => (Lib::Signbit, f1(), Bool),
        "utf8.RuneCountInString" => (Lib::RuneCount, s1(), Int),
        "utf8.DecodeRuneInString" => (Lib::DecodeRune, s1(), Type::Tuple(vec![Type::Rune, Int])),
        "utf8.RuneLen" => (Lib::RuneLen, vec![Type::Rune], Int),
        "sort.IntsAreSorted" => (Lib::IsSorted, vec![Type::Slice(Box::new(Int))], Bool),
        "sort.StringsAreSorted" => (Lib::IsSorted, vec![str_slice()], Bool),
        "sort.Float64sAreSorted" => (Lib::IsSorted, vec![Type::Slice(Box::new(F64))], Bool),
        "time.Parse" => (Lib::TimeParse, s2(), pair(Type::Time)),
        "time.ParseDuration" => (Lib::ParseDuration, s1(), pair(Type::Duration)),
        "log.Flags" => (Lib::LoggerFlags, vec![], Int),
        "log.Prefix" => (Lib::LoggerPrefix, vec![], Str),
        "log.Writer" => (Lib::LoggerWriter, vec![], super::writers::writer_type()),
        "log.Default" => (Lib::StdLogger, vec![], Type::Logger),
        "url.QueryEscape" => (Lib::Url(UrlOp::QueryEscape), s1(), Str),
        "url.PathEscape" => (Lib::Url(UrlOp::PathEscape), s1(), Str),
        "url.QueryUnescape" => (Lib::Url(UrlOp::QueryUnescape), s1(), pair(Str)),
        "url.PathUnescape" => (Lib::Url(UrlOp::PathUnescape), s1(), pair(Str)),
        "net.SplitHostPort" => (
            Lib::Url(UrlOp::SplitHostPort),
            s1(),
            Type::Tuple(vec![Str, Str, error_type()]),
        ),
        "net.JoinHostPort" => (Lib::Url(UrlOp::JoinHostPort), s2(), Str),
        _ => return super::lib_unicode::plain(full),
    })
}

impl Lowerer<'_> {
    /// Whether `callee` is a library function of several results (`strconv.Atoi`), for
    /// `n := strconv.Atoi(s)` to be Go's assignment mismatch.
    pub(super) fn lib_returns_several(&mut self, callee: Node) -> bool {
        let (Some(operand), Some(field)) = (
            callee.child_by_field_name("operand"),
            callee.child_by_field_name("field"),
        ) else {
            return false;
        };
        if self.text_of(field) == "DecodeString" && self.is_base64_encoding(operand) {
            return true;
        }
        if self.text_of(field) == "Parse" && self.is_template(operand) {
            return true;
        }
        if self.file_returns_several(callee) {
            return true;
        }
        if callee.kind() != "selector_expression" || operand.kind() != "identifier" {
            return false;
        }
        let Resolved::Package(package) = self.resolve(self.text_of(operand), true) else {
            return false;
        };
        let full = format!("{package}.{}", self.text_of(field));
        if package == "context" {
            return super::context::returns_two(self.text_of(field));
        }
        Self::url_returns_several(&package, self.text_of(field))
            || full == "slices.BinarySearch"
            || full == "json.Marshal"
            || full == "json.MarshalIndent"
            || full == "xml.Marshal"
            || full == "xml.MarshalIndent"
            || matches!(plain(&full), Some((_, _, Type::Tuple(_))))
            || matches!(
                full.as_str(),
                "io.ReadAll"
                    | "ioutil.ReadAll"
                    | "io.ReadAtLeast"
                    | "io.WriteString"
                    | "fmt.Fprint"
                    | "fmt.Fprintf"
                    | "fmt.Fprintln"
            )
    }

    /// A call of a library function for its value; `None` where `package` is not one of
    /// the library's.
    pub(super) fn lib_call(
        &mut self,
        n: Node,
        package: &str,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let invalid = (Expr::int(0), Type::Invalid);
        let full = format!("{package}.{member}");
        if let Some((lib, params, result)) = plain(&full) {
            let mut values = self.args_as(n, args, &params, &full);
            // The log package's functions ask its own logger.
            if package == "log" && lib != Lib::StdLogger {
                values.insert(0, Expr::Lib(Lib::StdLogger, Vec::new()));
            }
            return Some((Expr::Lib(lib, values), result));
        }
        if let Some(call) = self.file_call(n, &full, args) {
            return Some(call);
        }
        Some(match full.as_str() {
            "strings.ContainsRune" => {
                let [s, r] = args else {
                    let params = [Type::Str, Type::Sized("int32")];
                    self.args_as(n, args, &params, &full);
                    return Some(invalid);
                };
                let s = self.value_as(*s, &Type::Str, "argument to strings.ContainsRune");
                let r = self.rune_arg(*r, "argument to strings.ContainsRune");
                (Expr::Lib(Lib::ContainsRune, vec![s, r]), Type::Bool)
            }
            "strconv.FormatFloat" => {
                let [x, format, prec, bits] = args else {
                    let params = [Type::F64, Type::Sized("byte"), Type::Int, Type::Int];
                    self.args_as(n, args, &params, &full);
                    return Some(invalid);
                };
                let context = "argument to strconv.FormatFloat";
                // The decimal formats only, written as a literal: 'b' and 'x' are not run.
                let decimal = format.kind() == "rune_literal"
                    && rune_value(self.text_of(*format)).is_some_and(|c| "eEfgG".contains(c));
                if !decimal {
                    self.unsupported(*format, "strconv.FormatFloat other than 'e', 'f' or 'g'");
                }
                let values = vec![
                    self.value_as(*x, &Type::F64, context),
                    self.rune_arg(*format, context),
                    self.value_as(*prec, &Type::Int, context),
                    self.value_as(*bits, &Type::Int, context),
                ];
                (Expr::Lib(Lib::FormatFloat, values), Type::Str)
            }
            // Go 1.24's iterators over what `Split` and `Fields` return: the same parts.
            "strings.SplitSeq" | "strings.FieldsSeq" => {
                let (lib, params) = if member == "SplitSeq" {
                    (Lib::Split, vec![Type::Str, Type::Str])
                } else {
                    (Lib::Fields, vec![Type::Str])
                };
                let values = self.args_as(n, args, &params, &full);
                if values.len() != params.len() {
                    return Some(invalid);
                }
                let parts = Expr::Lib(lib, values);
                let value = super::lib_seqs::Yields::Value;
                self.seq_of(&full, parts, Type::Int, Type::Str, value)
            }
            "cmp.Compare" | "cmp.Less" => self.cmp_call(n, member == "Less", args),
            "sort.IsSorted" => self.is_sorted_call(n, args),
            _ if package == "heap" => self.heap_call(n, member, args)?,
            "log.New" => self.new_logger(n, args),
            "io.WriteString" => self.write_string(n, args),
            "io.MultiWriter" => self.multi_writer(n, args),
            "bufio.NewWriter" => self.bufio_new(n, args),
            "tabwriter.NewWriter" => self.tabwriter_new(n, args),
            _ if package == "slices" => self.slices_call(n, member, args),
            _ if package == "maps" => self.maps_call(n, member, args),
            _ if let Some(d) = super::lib_hashes::digest(package) => {
                self.hash_call(n, d, member, args)
            }
            _ if package == "json" => self.json_call(n, member, args),
            _ if package == "xml" => self.xml_call(n, member, args),
            _ if package == "template" => self.template_call(n, member, args),
            _ if package == "flag" => self.flag_call(n, member, args),
            _ if package == "slog" => self.slog_call(n, member, args),
            _ if package == "bytes"
                && let Some(call) = self.bytes_call(n, member, args) =>
            {
                call
            }
            "sort.Ints" | "sort.Strings" | "sort.Float64s" | "sort.Slice" | "sort.SliceStable"
            | "sort.Sort" | "sort.Stable" | "log.Print" | "log.Printf" | "log.Println"
            | "log.Fatal" | "log.Fatalf" | "log.Fatalln" | "log.Panic" | "log.Panicf"
            | "log.Panicln" | "log.SetFlags" | "log.SetPrefix" | "log.SetOutput" => {
                // A statement: used as a value it has none (Go's words say so).
                for a in args {
                    self.used_in(*a);
                }
                super::calls::NO_VALUE
            }
            _ if package == "fnv" => self.fnv_new(n, member, args),
            _ if package == "url"
                && let Some(call) = self.url_call(n, member, args) =>
            {
                call
            }
            _ if PACKAGES
                .iter()
                .any(|p| p.rsplit('/').next() == Some(package)) =>
            {
                self.unsupported(n, &full);
                invalid
            }
            _ => return None,
        })
    }

    /// `log.New(w, prefix, flags)`: a logger on one of the program's streams or files, or on
    /// an `io.Writer`.
    fn new_logger(&mut self, n: Node, args: &[Node]) -> (Expr, Type) {
        let [out, prefix, flags] = args else {
            let params = [Type::File, Type::Str, Type::Int];
            self.args_as(n, args, &params, "log.New");
            return (Expr::int(0), Type::Invalid);
        };
        let (w, _) = self.writer_arg(*out, "argument to log.New");
        let prefix = self.value_as(*prefix, &Type::Str, "argument to log.New");
        let flags = self.value_as(*flags, &Type::Int, "argument to log.New");
        (
            Expr::Lib(Lib::NewLogger, vec![w, prefix, flags]),
            Type::Logger,
        )
    }

    /// A rune argument: a rune literal (which syncscope reads here only) or an `int32`.
    pub(super) fn rune_arg(&mut self, n: Node, context: &str) -> Expr {
        if n.kind() == "rune_literal" {
            if let Some(c) = rune_value(self.text_of(n)) {
                return Expr::int(i64::from(u32::from(c)));
            }
            self.unsupported(n, "this rune literal");
            return Expr::int(0);
        }
        self.value_as(n, &Type::Sized("int32"), context)
    }

    /// `package.member` as a value: the library's constants and `os.Stdout`, `os.Stderr`.
    pub(super) fn lib_value(&mut self, package: &str, member: &str) -> Option<(Expr, Type)> {
        let int = |v: i64| (Expr::int(v), Type::Untyped(Untyped::Int));
        let float = |v: f64| (Expr::Lit(Lit::F64(v)), Type::Untyped(Untyped::Float));
        Some(match (package, member) {
            ("time", m) if let Some(layout) = self.time_layout(m) => layout,
            ("os", "Stdout") => (Expr::int(STDOUT), Type::File),
            ("runtime", m) if let Some(c) = super::runtime::constant(m) => c,
            ("base64", m) if let Some(k) = super::lib_codecs::encoding(m) => {
                (Expr::int(k), Type::Base64)
            }
            ("os", "Stderr") => (Expr::int(STDERR), Type::File),
            ("xml", "Header") => (Expr::str(super::xml::HEADER), Type::Untyped(Untyped::Str)),
            // A run's standard input is empty: descriptor 0 reads nothing.
            ("os", "Stdin") => (Expr::int(0), Type::File),
            ("os", m) if let Some(flag) = super::files::open_flag(m) => flag,
            ("io" | "ioutil", "Discard") => self.discard(),
            ("io", m) => return super::files::io_value(m),
            ("fs" | "filepath", m) if let Some(skip) = super::files::skip_value(m) => skip,
            ("os", "Args") => self.os_args(),
            ("flag", m) if let Some(value) = super::flag::flag_value(m) => value,
            ("flag", "CommandLine") => (self.command_line(), Type::FlagSet),
            ("slog", m) if let Some(value) = self.slog_value(m) => value,
            ("tabwriter", m) if let Some(flag) = super::lib_tabwriter::flag(m) => flag,
            ("log", "Ldate") => int(log_flags::DATE),
            ("log", "Ltime") => int(log_flags::TIME),
            ("log", "Lmicroseconds") => int(log_flags::MICROSECONDS),
            ("log", "Llongfile") => int(log_flags::LONG_FILE),
            ("log", "Lshortfile") => int(log_flags::SHORT_FILE),
            ("log", "LUTC") => int(log_flags::UTC),
            ("log", "Lmsgprefix") => int(log_flags::MSG_PREFIX),
            ("log", "LstdFlags") => int(log_flags::STD),
            ("math", "MaxInt" | "MaxInt64") => int(i64::MAX),
            ("math", "MinInt" | "MinInt64") => int(i64::MIN),
            ("math", "MaxInt32") => int(i32::MAX.into()),
            ("math", "MinInt32") => int(i32::MIN.into()),
            ("math", "MaxInt16") => int(i16::MAX.into()),
            ("math", "MinInt16") => int(i16::MIN.into()),
            ("math", "MaxInt8") => int(i8::MAX.into()),
            ("math", "MinInt8") => int(i8::MIN.into()),
            ("math", "MaxUint32") => int(u32::MAX.into()),
            ("math", "MaxUint16") => int(u16::MAX.into()),
            ("math", "MaxUint8") => int(u8::MAX.into()),
            ("math", "Pi") => float(std::f64::consts::PI),
            ("math", "E") => float(std::f64::consts::E),
            ("math", "Sqrt2") => float(std::f64::consts::SQRT_2),
            ("math", "Ln2") => float(std::f64::consts::LN_2),
            ("math", "Ln10") => float(std::f64::consts::LN_10),
            ("math", "Log2E") => float(std::f64::consts::LOG2_E),
            ("math", "Log10E") => float(std::f64::consts::LOG10_E),
            ("math", "Phi") => float(1.618_033_988_749_895),
            ("math", "SqrtE") => float(1.648_721_270_700_128_2),
            ("math", "SqrtPi") => float(1.772_453_850_905_516),
            ("math", "SqrtPhi") => float(1.272_019_649_514_069),
            ("utf8", "RuneError") => (Expr::int(0xFFFD), Type::Untyped(Untyped::Rune)),
            ("utf8", "MaxRune") => (Expr::int(0x10_FFFF), Type::Untyped(Untyped::Rune)),
            ("utf8", "UTFMax") => int(4),
            ("math", "MaxFloat64") => float(f64::MAX),
            ("math", "SmallestNonzeroFloat64") => float(f64::from_bits(1)),
            ("math", "MaxFloat32") => float(f64::from(f32::MAX)),
            ("math", "SmallestNonzeroFloat32") => float(f64::from(f32::from_bits(1))),
            ("unicode", member) => return super::lib_unicode::constant(member),
            (p, m) if let Some(size) = super::lib_hashes::constant(p, m) => size,
            _ => return None,
        })
    }
}

/// The character a rune literal stands for: `'a'`, `'\n'`, `'\''`, `'\x41'`, `'\u00e9'`,
/// `'\101'`.
pub(super) fn rune_value(text: &str) -> Option<char> {
    let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = inner.chars();
    let first = chars.next()?;
    if first != '\\' {
        return chars.next().is_none().then_some(first);
    }
    let rest: String = chars.collect();
    let code = |digits: &str, radix| u32::from_str_radix(digits, radix).ok();
    let c = match rest.as_str() {
        "'" => '\'',
        "\"" => '"',
        "\\" => '\\',
        _ => {
            let (kind, digits) = rest.split_at(1);
            let n = match kind {
                "x" if digits.len() == 2 => code(digits, 16)?,
                "u" if digits.len() == 4 => code(digits, 16)?,
                "U" if digits.len() == 8 => code(digits, 16)?,
                _ if rest.len() == 3 && rest.chars().all(|c| c.is_digit(8)) => code(&rest, 8)?,
                _ => {
                    return super::operators::unquote(&format!("\"\\{rest}\"")).and_then(|s| {
                        let mut c = s.chars();
                        c.next().filter(|_| c.next().is_none())
                    });
                }
            };
            char::from_u32(n)?
        }
    };
    Some(c)
}

/// Go's `error`, the interface the library's errors go in.
pub(super) fn error_type() -> Type {
    super::iface::iface(super::iface::ERROR, "error")
}

#[cfg(test)]
mod tests {
    use super::rune_value;

    #[test]
    fn rune_literals_read_as_go_reads_them() {
        let read = |t: &str| rune_value(t);
        assert_eq!(read("'a'"), Some('a'));
        assert_eq!(read("'\\n'"), Some('\n'));
        assert_eq!(read("'\\''"), Some('\''));
        assert_eq!(read("'\\x41'"), Some('A'));
        assert_eq!(read("'\\u00e9'"), Some('é'));
        assert_eq!(read("'\\101'"), Some('A'));
        assert_eq!(read("'é'"), Some('é'));
        assert_eq!(read("'ab'"), None);
    }
}
