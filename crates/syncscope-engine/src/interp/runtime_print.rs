//! The builtins `print` and `println`: the runtime's own printing on stderr, not `fmt`'s.
//! Numbers in decimal (a float as `%v` writes it, in Go 1.26), strings and booleans as they
//! are, a pointer, map or channel as its address, a slice as `[len/cap]address`, an interface
//! as `(type,data)`; `println` puts a space between operands and ends the line.

use super::Goroutine;
use super::value::Value;

impl Goroutine {
    /// One operand as `print` writes it.
    fn runtime_operand(&self, v: &Value) -> String {
        let address = |v: &Value| {
            let at = super::addresses::of(v).unwrap_or(0);
            format!("{at:#x}")
        };
        match v {
            Value::Str(s) => s.to_string(),
            Value::Bool(b) => b.to_string(),
            // Go 1.26's runtime writes a float as `fmt`'s `%v` does.
            Value::F64(_) | Value::F32(_) => super::format::value(v),
            Value::Slice(s) => format!("[{}/{}]{}", s.len(), s.cap(), address(v)),
            Value::Iface(None) => "(0x0,0x0)".into(),
            Value::Iface(Some(_)) => format!("({},{})", address(v), address(v)),
            v if v.is_int() || matches!(v, Value::Duration(_)) => v.as_wide().to_string(),
            other => address(other),
        }
    }

    /// The text of `print(args...)`, or of `println(args...)` (`line`).
    pub(super) fn runtime_text(&self, line: bool, args: &[Value]) -> Value {
        let parts: Vec<String> = args.iter().map(|a| self.runtime_operand(a)).collect();
        let mut text = parts.join(if line { " " } else { "" });
        if line {
            text.push('\n');
        }
        Value::Str(text.into())
    }
}
