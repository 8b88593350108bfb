//! Go's `fmt` for the values a program has: `Println`, `Print`, `Printf` and `Sprintf` with
//! Go's forms of floats, slices and durations (`printf` has the verbs).

use super::value::Value;

pub(crate) use super::printf::printf;

/// `%v`.
pub(crate) fn value(v: &Value) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::Rune(r) => r.to_string(),
        Value::Byte(b) => b.to_string(),
        Value::U32(n) => n.to_string(),
        Value::U64(n) => n.to_string(),
        Value::I8(n) => n.to_string(),
        Value::I16(n) => n.to_string(),
        Value::U16(n) => n.to_string(),
        Value::F32(x) => float(f64::from(*x), true),
        Value::F64(x) => float(*x, false),
        Value::Str(s) => s.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Duration(ns) => duration(*ns),
        Value::Time(ns) => time(*ns),
        Value::Wall(w) => super::time_methods::string(*w),
        Value::Slice(s) => list(&s.items()),
        Value::Array(a) => list(&a.elements().clone()),
        Value::Func(_) | Value::Chan(_) | Value::Ref(_) => {
            super::addresses::shown(v).unwrap_or_default()
        }
        // An address: the front end does not let a program print one.
        Value::Cond(_)
        | Value::Pool(_)
        | Value::SyncMap(_)
        | Value::BufWriter(_)
        | Value::Rand(_)
        | Value::Flags(_)
        | Value::Slog(_)
        | Value::Template(_) => "0xc000024060".into(),
        // The one value a program can print is `struct{}{}`.
        Value::Unit => "{}".into(),
        Value::NilMap => "map[]".into(),
        Value::TopAddr(a) => format!("&{}", value(&a.1)),
        Value::Logger(_) => "&{}".into(),
        Value::Struct(_)
        | Value::Ptr(_)
        | Value::Map(_)
        | Value::Lock(_)
        | Value::Atomic(_)
        | Value::WaitGroup(_) => super::objects::shown(v),
        Value::Once(once) => once.shown(),
        Value::Context(c) => c.name(),
        // A pointer: its address, which no run repeats (printing one is not run).
        Value::FuncTimer(_) => "0xc000024060".into(),
        Value::Iface(None) => "<nil>".into(),
        Value::Iface(Some(b)) => match &b.text {
            Some(text) => text.to_string(),
            None => value(&b.val),
        },
    }
}

/// `%v` of a value inside another (an element, a field, a map's key or value): a pointer
/// is its address there, where at the top `&{1 2}` shows what it points to.
pub(crate) fn nested(v: &Value) -> String {
    match v {
        Value::Ptr(_) => super::addresses::shown(v).unwrap_or_default(),
        Value::Iface(Some(b)) if b.text.is_none() => nested(&b.val),
        _ => value(v),
    }
}

/// A slice's or an array's elements as Go prints them: `[1 2 3]`.
fn list(items: &[Value]) -> String {
    let shown: Vec<String> = items.iter().map(nested).collect();
    format!("[{}]", shown.join(" "))
}

/// A `time.Time` as Go prints it: the run starts where the Go playground's clock does, and
/// its wall clock moves with virtual time (`m=` is the monotonic reading since the start).
fn time(ns: i64) -> String {
    const START_S: i64 = 23 * 3600;
    let ns = ns.max(0);
    let s = START_S + ns / 1_000_000_000;
    let (days, s) = (s / 86_400, s % 86_400);
    let frac = match ns % 1_000_000_000 {
        0 => String::new(),
        f => format!(".{f:09}").trim_end_matches('0').to_string(),
    };
    format!(
        "2009-11-{:02} {:02}:{:02}:{:02}{frac} +0000 UTC m=+{}",
        10 + days,
        s / 3600,
        s % 3600 / 60,
        s % 60,
        seconds(ns)
    )
}

fn seconds(ns: i64) -> String {
    format!("{}.{:09}", ns / 1_000_000_000, ns % 1_000_000_000)
}

/// `fmt.Println`: operands with spaces between, then a newline.
pub(crate) fn println(args: &[Value]) -> String {
    let mut out: Vec<String> = args.iter().map(value).collect::<Vec<_>>();
    let mut line = std::mem::take(&mut out).join(" ");
    line.push('\n');
    line
}

/// `fmt.Print`: a space between operands when neither is a string.
pub(crate) fn print(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, v) in args.iter().enumerate() {
        // Go asks the operand's kind: a string in an `any` (`Print(xs...)`) is one too, an
        // error made by `errors.New` (a `*errors.errorString` holding its text) is not.
        let is_str = |v: &Value| match v {
            Value::Iface(Some(b)) => matches!(b.val, Value::Str(_)) && !b.name.starts_with('*'),
            v => matches!(v, Value::Str(_)),
        };
        if i > 0 && !is_str(v) && !is_str(&args[i - 1]) {
            out.push(' ');
        }
        out.push_str(&value(v));
    }
    out
}

/// `%T`: a slice's or array's by its first element (an empty one's cannot be told).
pub(super) fn type_name(v: &Value) -> String {
    let first = match v {
        Value::Slice(s) => s.get(0),
        Value::Array(a) => a.elements().first().cloned(),
        _ => return basic_type_name(v).to_string(),
    };
    match (v, first) {
        (Value::Array(a), Some(first)) => format!("[{}]{}", a.elements().len(), type_name(&first)),
        (_, Some(first)) => format!("[]{}", type_name(&first)),
        _ => basic_type_name(v).to_string(),
    }
}

/// A type's name as `reflect` writes it: `byte` and `rune` by the types they stand for.
pub(super) fn reflect_name(name: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in name.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '_' || c == '.' {
            word.push(c);
            continue;
        }
        out.push_str(match word.as_str() {
            "byte" => "uint8",
            "rune" => "int32",
            w => w,
        });
        word.clear();
        out.push(c);
    }
    out.pop();
    out
}

fn basic_type_name(v: &Value) -> &str {
    match v {
        Value::Iface(None) => "<nil>",
        Value::Iface(Some(b)) => &b.name,
        Value::Int(_) => "int",
        Value::Rune(_) => "int32",
        Value::Byte(_) => "uint8",
        Value::U32(_) => "uint32",
        Value::U64(_) => "uint64",
        Value::I8(_) => "int8",
        Value::I16(_) => "int16",
        Value::U16(_) => "uint16",
        Value::F32(_) => "float32",
        Value::F64(_) => "float64",
        Value::Str(_) => "string",
        Value::Bool(_) => "bool",
        Value::Duration(_) => "time.Duration",
        Value::Time(_) | Value::Wall(..) => "time.Time",
        Value::Slice(_) | Value::Array(_) => "[]string",
        Value::Func(_) => "func()",
        Value::Chan(_) => "chan",
        Value::Unit => "struct {}",
        Value::NilMap => "map",
        Value::Struct(_) => "struct",
        Value::Ptr(_) | Value::Ref(_) | Value::TopAddr(_) => "pointer",
        Value::Map(_) => "map",
        Value::Lock(_) => "sync.Mutex",
        Value::Atomic(_) => "atomic",
        Value::WaitGroup(_) => "sync.WaitGroup",
        Value::Once(_) => "sync.Once",
        Value::FuncTimer(_) => "*time.Timer",
        Value::Logger(_) => "*log.Logger",
        Value::Cond(_) => "*sync.Cond",
        Value::Context(_) => "context.Context",
        Value::Pool(_) => "sync.Pool",
        Value::SyncMap(_) => "*sync.Map",
        Value::BufWriter(_) => "*bufio.Writer",
        Value::Rand(_) => "*rand.Rand",
        Value::Flags(_) => "*flag.FlagSet",
        Value::Slog(_) => "*slog.Logger",
        Value::Template(_) => "*template.Template",
    }
}

pub(crate) use super::strconv::quote;

/// Go's `%v` of a float: the shortest digits that read back, in exponent form when the
/// exponent is below -4 or at least 6 (`strconv.FormatFloat(x, 'g', -1, ...)`).
fn float(x: f64, single: bool) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let sci = if single {
        format!("{:e}", x as f32)
    } else {
        format!("{x:e}")
    };
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..6).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}e{sign}{:02}", exp.abs());
    }
    if single {
        (x as f32).to_string()
    } else {
        x.to_string()
    }
}

/// Go's `time.Duration.String`: `0s`, `1.5s`, `2m30s`, `500ms`, `1.2µs`, `10ns`.
pub(crate) fn duration(ns: i64) -> String {
    let neg = ns < 0;
    let u = ns.unsigned_abs();
    let body = if u == 0 {
        return "0s".into();
    } else if u < 1_000 {
        format!("{u}ns")
    } else if u < 1_000_000 {
        format!("{}µs", frac(u, 3))
    } else if u < 1_000_000_000 {
        format!("{}ms", frac(u, 6))
    } else {
        let secs = u / 1_000_000_000;
        let fraction = frac(u % 1_000_000_000, 9);
        let s = format!("{}{}s", secs % 60, fraction.trim_start_matches('0'));
        let minutes = secs / 60;
        match (minutes / 60, minutes % 60) {
            (0, 0) => s,
            (0, m) => format!("{m}m{s}"),
            (h, m) => format!("{h}h{m}m{s}"),
        }
    };
    if neg { format!("-{body}") } else { body }
}

/// `v` over `10^prec` with the fraction's trailing zeros dropped (and its point, if none left).
fn frac(v: u64, prec: u32) -> String {
    let unit = 10u64.pow(prec);
    let (whole, part) = (v / unit, v % unit);
    if part == 0 {
        return whole.to_string();
    }
    let digits = format!("{part:0width$}", width = prec as usize);
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// A quoted text with each rune past ASCII written as its escape, as `%+q` writes it: the
/// quoting left only printable runes unescaped, so these are all that is left to do.
pub(super) fn ascii_only(quoted: &str) -> String {
    let mut out = String::with_capacity(quoted.len());
    for c in quoted.chars() {
        match c as u32 {
            n if n < 0x80 => out.push(c),
            n if n <= 0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_reflects() {
        assert_eq!(reflect_name("[]byte"), "[]uint8");
        assert_eq!(reflect_name("map[rune]main.byter"), "map[int32]main.byter");
    }

    #[test]
    fn durations_print_as_go_prints_them() {
        assert_eq!(duration(0), "0s");
        assert_eq!(duration(2_000_000_000), "2s");
        assert_eq!(duration(1_416_335_900), "1.4163359s");
        assert_eq!(duration(150_000_000_000), "2m30s");
        assert_eq!(duration(3_723_500_000_000), "1h2m3.5s");
        assert_eq!(duration(500_000_000), "500ms");
        assert_eq!(duration(1_200), "1.2µs");
        assert_eq!(duration(10), "10ns");
        assert_eq!(duration(-1_500_000_000), "-1.5s");
    }

    #[test]
    fn printf_verbs_and_go_s_marks() {
        let args = [Value::Int(3), Value::Str("id3".into())];
        assert_eq!(
            printf("%d is %s, %q", &args[..1], &[]),
            "3 is %!s(MISSING), %!q(MISSING)"
        );
        assert_eq!(printf("%d %q", &args, &[]), "3 \"id3\"");
        assert_eq!(printf("%d", &args, &[]), "3%!(EXTRA string=id3)");
        assert_eq!(printf("%s", &args[..1], &[]), "%!s(int=3)");
        let slice = Value::Slice(super::super::slices::SliceVal::new(vec![
            Value::Str("id1".into()),
            Value::Str("id2".into()),
        ]));
        assert_eq!(
            printf("\nThe results are: %v", &[slice], &[]),
            "\nThe results are: [id1 id2]"
        );
    }

    #[test]
    fn println_and_print_space_as_go_does() {
        let (a, b) = (Value::Str("x".into()), Value::Int(1));
        assert_eq!(println(&[a.clone(), b.clone()]), "x 1\n");
        assert_eq!(print(&[a.clone(), b.clone(), b.clone()]), "x1 1");
    }

    #[test]
    fn floats_print_their_shortest_digits() {
        assert_eq!(value(&Value::F32(2000.0)), "2000");
        assert_eq!(value(&Value::F64(1.5)), "1.5");
        assert_eq!(value(&Value::F64(1e21)), "1e+21");
        assert_eq!(value(&Value::F64(1e6)), "1e+06");
        assert_eq!(value(&Value::F64(123456.0)), "123456");
        assert_eq!(value(&Value::F64(1234567.0)), "1.234567e+06");
        assert_eq!(value(&Value::F64(0.00001)), "1e-05");
    }
}
