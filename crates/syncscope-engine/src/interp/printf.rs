//! `fmt.Printf` and `fmt.Sprintf`: verbs `%v %d %s %q %f %e %g %t %x %X %T`, with Go's flags
//! (`-`, `+`, `0`), widths and precisions, and Go's marks for a wrong or missing operand.

use super::format::{ascii_only, quote, type_name, value};
use super::printf_index::Index;
use super::value::Value;
use syncscope_program::iface::RtType;

/// One `%...` directive as written.
#[derive(Default, Clone)]
pub(super) struct Spec {
    pub(super) minus: bool,
    pub(super) plus: bool,
    pub(super) zero: bool,
    /// `#`: `%#U` adds the character, `%#v` writes Go's syntax.
    pub(super) sharp: bool,
    /// ` `: a space for a number's plus sign, between the bytes of `% x`.
    pub(super) space: bool,
    pub(super) width: Option<usize>,
    pub(super) precision: Option<usize>,
}

/// `fmt.Sprintf(format, args...)`.
pub(crate) fn printf(format: &str, args: &[Value], types: &[RtType]) -> String {
    let mut out = String::new();
    let mut next = 0;
    // An explicit index (`%[2]d`) was met: operands left over are no mistake then.
    let mut reordered = false;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = Spec::default();
        let mut index = Index {
            good: true,
            reordered: &mut reordered,
            count: args.len(),
        };
        while let Some(&f) = chars.peek() {
            match f {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                '0' => spec.zero = true,
                '#' => spec.sharp = true,
                ' ' => spec.space = true,
                _ => break,
            }
            chars.next();
        }
        let mut after_index = index.take(&mut chars, &mut next);
        if chars.peek() == Some(&'*') {
            // The width is the next operand, an integer; a negative one pads on the right.
            chars.next();
            after_index = false;
            match int_operand(args.get(next)) {
                Some(w) => {
                    spec.width = Some(w.unsigned_abs().min(10_000) as usize);
                    if w < 0 {
                        spec.minus = true;
                        spec.zero = false;
                    }
                }
                None => out.push_str("%!(BADWIDTH)"),
            }
            next += 1;
        } else {
            spec.width = digits(&mut chars);
            // `%[1]5d`: an index goes just before a `*` or the verb.
            if after_index && spec.width.is_some() {
                index.good = false;
            }
        }
        if chars.peek() == Some(&'.') {
            chars.next();
            if after_index {
                index.good = false;
            }
            after_index = index.take(&mut chars, &mut next);
            if chars.peek() == Some(&'*') {
                chars.next();
                after_index = false;
                match int_operand(args.get(next)) {
                    // A negative precision is none at all, as in Go.
                    Some(p) if p >= 0 => spec.precision = Some((p as usize).min(10_000)),
                    Some(_) => {}
                    None => out.push_str("%!(BADPREC)"),
                }
                next += 1;
            } else {
                spec.precision = Some(digits(&mut chars).unwrap_or(0));
            }
        }
        if !after_index {
            index.take(&mut chars, &mut next);
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        if !index.good {
            out.push_str(&format!("%!{verb}(BADINDEX)"));
            continue;
        }
        let Some(arg) = args.get(next) else {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        };
        next += 1;
        out.push_str(&directive(verb, &spec, arg, types));
    }
    if !reordered && next < args.len() {
        let extra: Vec<String> = args[next..]
            .iter()
            .map(|a| format!("{}={}", type_name(a), value(a)))
            .collect();
        out.push_str(&format!("%!(EXTRA {})", extra.join(", ")));
    }
    out
}

/// A `*` width's or precision's operand: an integer of any integer type (Go's `intFromArg`,
/// which takes none past a million).
fn int_operand(arg: Option<&Value>) -> Option<i64> {
    let arg = match arg? {
        Value::Iface(Some(b)) => &b.val,
        v => v,
    };
    arg.is_int()
        .then(|| arg.as_int())
        .filter(|n| n.unsigned_abs() <= 1_000_000)
}

fn digits(chars: &mut std::iter::Peekable<std::str::Chars>) -> Option<usize> {
    let mut n: Option<usize> = None;
    while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
        // A width past any screen is Go's problem too; it is capped, not overflowed.
        n = Some((n.unwrap_or(0) * 10 + d as usize).min(10_000));
        chars.next();
    }
    n
}

fn directive(verb: char, spec: &Spec, arg: &Value, types: &[RtType]) -> String {
    // An interface operand is its dynamic value, or the text its `Error()` or `String()`
    // gave for the verbs Go calls them for.
    match (verb, arg) {
        ('T' | 'v', Value::Iface(None)) => return pad("<nil>".into(), spec, false),
        (_, Value::Iface(None)) => return format!("%!{verb}(<nil>)"),
        // A pointer to a slice, an array or a map: `&` and what it points to, but to `%p`.
        (_, Value::Iface(Some(b))) if let Value::TopAddr(a) = &b.val => {
            return match verb {
                'p' => directive(verb, spec, &a.0, types),
                'T' => pad(super::format::reflect_name(&b.name), spec, false),
                _ => format!("&{}", directive(verb, spec, &a.1, types)),
            };
        }
        // `byte` and `rune` are `uint8` and `int32` to `%T`, as to reflect.
        ('T', Value::Iface(Some(b))) => {
            return pad(super::format::reflect_name(&b.name), spec, false);
        }
        ('v', Value::Iface(Some(b))) if spec.sharp => {
            // fmt names a `[]byte` operand so itself; one inside others is a `[]uint8`, and a
            // rune is an `int32` everywhere.
            let name = match &*b.name {
                "[]uint8" | "[]byte" => "[]byte".to_string(),
                name => super::format::reflect_name(name),
            };
            return pad(super::go_syntax::top(&b.val, &name, types), spec, false);
        }
        ('v' | 's' | 'q' | 'x' | 'X', Value::Iface(Some(b))) if b.text.is_some() => {
            let text = b.text.clone().unwrap_or_default();
            return directive(verb, spec, &Value::Str(text), types);
        }
        ('v', Value::Iface(Some(b))) if spec.plus => {
            let text = super::plus_v::named(&b.val, types.get(b.ty), types);
            return pad(text, spec, false);
        }
        // An empty `[]byte` is the empty text to the verbs of strings, as in Go.
        ('s' | 'q' | 'x' | 'X', Value::Iface(Some(b))) if super::typed_nils::no_bytes(b) => {
            return directive(verb, spec, &Value::Str("".into()), types);
        }
        (_, Value::Iface(Some(b)))
            if verb != 'p' && super::typed_nils::is_nil_pointer(&b.name, &b.val) =>
        {
            return super::typed_nils::nil_pointer(verb, spec, &b.name);
        }
        // A composite's type goes with it, for its nil pointers' marks to name theirs.
        (_, Value::Iface(Some(b)))
            if super::verb_each::goes_element_by_element(verb, spec, &b.val) =>
        {
            return super::verb_each::composite(verb, spec, &b.val, Some(b.ty), types);
        }
        (_, Value::Iface(Some(b))) => return directive(verb, spec, &b.val, types),
        // A `[]any` or `map[K]any` is not boxed: its elements carry their types.
        ('v', Value::Slice(_) | Value::Array(_) | Value::Map(_)) if spec.plus => {
            return pad(super::plus_v::named(arg, None, types), spec, false);
        }
        _ => {}
    }
    if super::verb_each::goes_element_by_element(verb, spec, arg) {
        return super::verb_each::composite(verb, spec, arg, None, types);
    }
    scalar(verb, spec, arg, None)
}

/// A value that is not a composite under `verb`, or Go's mark for a verb it does not take
/// (`%!d(string=pen)`, the value printed as `%v` with the directive's width), naming the
/// type `name` where the value's own is not Go's (an interface's dynamic type).
pub(super) fn scalar(verb: char, spec: &Spec, arg: &Value, name: Option<&str>) -> String {
    let Some(text) = verb_of(verb, spec, arg) else {
        let shown = match verb_of('v', spec, arg) {
            Some(t) => pad(t, spec, false),
            None => value(arg),
        };
        let name = name.map_or_else(|| type_name(arg), str::to_string);
        return format!("%!{verb}({name}={shown})");
    };
    let numeric = (arg.is_int() || matches!(arg, Value::F32(_) | Value::F64(_)))
        && matches!(
            verb,
            'd' | 'v' | 'f' | 'e' | 'E' | 'g' | 'G' | 'x' | 'X' | 'b' | 'o'
        );
    // `%+v` asks for field names, not signs: fmt takes its `+` for `v` away.
    let text = if spec.plus && numeric && verb != 'v' && !text.starts_with('-') {
        format!("+{text}")
    } else if spec.space && numeric && !text.starts_with('-') {
        format!(" {text}")
    } else {
        text
    };
    pad(text, spec, numeric)
}

pub(super) fn verb_of(verb: char, spec: &Spec, arg: &Value) -> Option<String> {
    Some(match (verb, arg) {
        ('T', _) => type_name(arg),
        // `%v` of a float is `%g`: a precision counts significant digits.
        ('v', Value::F32(_) | Value::F64(_)) if spec.precision.is_some() => {
            return verb_of('g', spec, arg);
        }
        // A precision cuts a string to as many runes, for `%v` and `%q` as for `%s`.
        ('v' | 'q', Value::Str(s)) if let Some(p) = spec.precision => {
            let cut: String = s.chars().take(p).collect();
            return verb_of(
                verb,
                &Spec {
                    precision: None,
                    ..spec.clone()
                },
                &Value::Str(cut.into()),
            );
        }
        // `%+q`: only ASCII inside the quotes (Go's `strconv.QuoteToASCII`).
        ('q', _) if spec.plus && (arg.is_int() || matches!(arg, Value::Str(_))) => {
            let plain = Spec {
                plus: false,
                ..spec.clone()
            };
            return verb_of(verb, &plain, arg).map(|q| ascii_only(&q));
        }
        ('v', _) => value(arg),
        ('d', Value::Duration(_)) => arg.as_int().to_string(),
        ('d', v) if v.is_int() => arg.as_wide().to_string(),
        ('c', _) => super::runes::char_of(arg)?,
        ('q', v) if v.is_int() => super::runes::quote_rune(arg)?,
        ('U', _) => super::runes::unicode(arg, spec.sharp)?,
        ('s', Value::Slice(_)) if let Some(text) = super::runes::byte_text(arg) => text,
        ('q', Value::Slice(_)) if let Some(text) = super::runes::byte_text(arg) => quote(&text),
        ('x' | 'X', Value::Slice(_) | Value::Array(_)) if let Some(b) = super::codecs::raw(arg) => {
            super::hex_bytes::hex_bytes(&b, verb == 'X', spec)
        }
        ('s', Value::Str(s)) => match spec.precision {
            Some(p) => s.chars().take(p).collect(),
            None => s.to_string(),
        },
        ('s', Value::Duration(_)) => value(arg),
        ('q', Value::Str(s)) => quote(s),
        // fmt calls an error's Error method for the verbs of strings.
        ('s' | 'q' | 'x' | 'X', Value::Iface(Some(b))) if b.text.is_some() => {
            let text = b.text.as_deref().unwrap_or_default();
            return verb_of(verb, spec, &Value::Str(text.into()));
        }
        ('t', Value::Bool(b)) => b.to_string(),
        ('f', Value::F32(x)) => fixed(f64::from(*x), spec),
        ('f', Value::F64(x)) => fixed(*x, spec),
        ('e', Value::F32(x)) => super::float_verbs::exponent(f64::from(*x), spec.precision),
        ('e', Value::F64(x)) => super::float_verbs::exponent(*x, spec.precision),
        ('g', Value::F32(_) | Value::F64(_)) => match (spec.precision, arg) {
            (Some(p), Value::F32(x)) => super::float_verbs::general(f64::from(*x), p),
            (Some(p), Value::F64(x)) => super::float_verbs::general(*x, p),
            _ => value(arg),
        },
        // The upper-case verbs are the lower-case ones with an `E` (Inf and NaN have none).
        ('E' | 'G', Value::F32(_) | Value::F64(_)) => {
            return verb_of(verb.to_ascii_lowercase(), spec, arg).map(|t| t.replace('e', "E"));
        }
        ('x', v) if v.is_int() => prefixed(hex(arg.as_wide(), false), spec.sharp, "0x"),
        ('b', v) if v.is_int() => {
            let n = arg.as_wide();
            signed(n, format!("{:b}", n.unsigned_abs()))
        }
        ('o', v) if v.is_int() => {
            let n = arg.as_wide();
            let prefix = if n == 0 { "" } else { "0" };
            prefixed(
                signed(n, format!("{:o}", n.unsigned_abs())),
                spec.sharp,
                prefix,
            )
        }
        ('X', v) if v.is_int() => prefixed(hex(arg.as_wide(), true), spec.sharp, "0X"),
        ('x' | 'X', Value::Str(s)) => super::hex_bytes::hex_bytes(s.as_bytes(), verb == 'X', spec),
        // `%p` of what has an address (a map's, a slice's, a function's too), `0x0` if nil.
        ('p', Value::Ptr(_) | Value::Ref(_) | Value::Map(_) | Value::Chan(_))
        | ('p', Value::Func(_) | Value::Slice(_)) => {
            let at = super::addresses::of(arg)?;
            if spec.sharp {
                format!("{at:x}")
            } else {
                format!("{at:#x}")
            }
        }
        // The integer verbs print a pointer's address as a number.
        ('d' | 'x' | 'X', Value::Ref(_) | Value::Chan(_) | Value::Func(_)) => {
            let at = super::addresses::of(arg)?;
            match verb {
                'd' => at.to_string(),
                'x' => format!("{at:x}"),
                _ => format!("{at:X}"),
            }
        }
        _ => return None,
    })
}

/// `%#x`, `%#X` and `%#o` of an integer: Go's prefix after the sign.
fn prefixed(text: String, sharp: bool, prefix: &str) -> String {
    if !sharp {
        return text;
    }
    match text.strip_prefix('-') {
        Some(digits) => format!("-{prefix}{digits}"),
        None => format!("{prefix}{text}"),
    }
}

fn fixed(x: f64, spec: &Spec) -> String {
    if x.is_infinite() {
        return if x > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    if x.is_nan() {
        return "NaN".into();
    }
    format!("{x:.*}", spec.precision.unwrap_or(6))
}

/// `digits` of `n`'s magnitude, with its sign, as Go writes a negative in any base.
fn signed(n: i128, digits: String) -> String {
    if n < 0 { format!("-{digits}") } else { digits }
}

fn hex(n: i128, upper: bool) -> String {
    let digits = if upper {
        format!("{:X}", n.unsigned_abs())
    } else {
        format!("{:x}", n.unsigned_abs())
    };
    if n < 0 { format!("-{digits}") } else { digits }
}

/// Padded to the width in characters: on the right with `-`, else on the left, with zeros
/// after any sign when `0` is set.
fn pad(text: String, spec: &Spec, numeric: bool) -> String {
    let Some(width) = spec.width else {
        return text;
    };
    let sign_len = usize::from(numeric && text.starts_with(['-', '+', ' ']));
    // Zeros go after a sign and a `0x` prefix, which Go does not count in the width.
    let prefixed = numeric
        && spec.zero
        && !spec.minus
        && (text[sign_len..].starts_with("0x") || text[sign_len..].starts_with("0X"));
    let len = text.chars().count() - if prefixed { 2 } else { 0 };
    if len >= width {
        return text;
    }
    let fill = width - len;
    if spec.minus {
        return format!("{text}{}", " ".repeat(fill));
    }
    if spec.zero {
        let (sign, rest) = text.split_at(sign_len + if prefixed { 2 } else { 0 });
        return format!("{sign}{}{rest}", "0".repeat(fill));
    }
    format!("{}{text}", " ".repeat(fill))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(format: &str, args: &[Value]) -> String {
        printf(format, args, &[])
    }

    #[test]
    fn widths_flags_and_precisions_as_go_prints_them() {
        let s = |t: &str| Value::Str(t.into());
        assert_eq!(
            f(
                "%5d|%-4d|%05d|%+d",
                &[
                    Value::Int(34),
                    Value::Int(5),
                    Value::Int(-42),
                    Value::Int(7)
                ]
            ),
            "   34|5   |-0042|+7"
        );
        assert_eq!(
            f(
                "%.2f|%6.1f|%8.3f",
                &[Value::F64(1.23456), Value::F64(2.5), Value::F32(1.5)]
            ),
            "1.23|   2.5|   1.500"
        );
        assert_eq!(
            f("%x %X %x", &[Value::Int(255), Value::Int(-255), s("go")]),
            "ff -FF 676f"
        );
        assert_eq!(
            f(
                "%-6s|%6q|%.2s|%T",
                &[s("ab"), s("c"), s("xyz"), Value::F32(1.0)]
            ),
            "ab    |   \"c\"|xy|float32"
        );
        assert_eq!(
            f("%d %s", &[Value::Str("x".into())]),
            "%!d(string=x) %!s(MISSING)"
        );
    }
}
