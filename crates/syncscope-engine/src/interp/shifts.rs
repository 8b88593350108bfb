//! `x << n` and `x >> n` as Go runs them: the count is any integer (a negative one
//! panics), the result has the shifted operand's type, and a count at or past its width
//! leaves no bits, or only the sign of a signed operand shifted right.

use super::value::Value;
use syncscope_program::BinOp;

pub(super) fn shift(op: BinOp, x: Value, count: &Value) -> Result<Value, String> {
    let n = count.as_wide();
    if n < 0 {
        return Err("panic: runtime error: negative shift amount".into());
    }
    let n = u32::try_from(n).unwrap_or(u32::MAX);
    let left = op == BinOp::Shl;
    // A narrow operand is shifted wide and cut back to its width: the bits that stay are
    // the same, and a signed one keeps its sign bits on the way right.
    Ok(match x {
        Value::Int(x) => Value::Int(signed(left, x, n)),
        Value::Duration(x) => Value::Duration(signed(left, x, n)),
        Value::Rune(x) => Value::Rune(signed(left, x.into(), n) as i32),
        Value::Byte(x) => Value::Byte(unsigned(left, x.into(), n) as u8),
        Value::U32(x) => Value::U32(unsigned(left, x.into(), n) as u32),
        Value::U64(x) => Value::U64(unsigned(left, x, n)),
        Value::I8(x) => Value::I8(signed(left, x.into(), n) as i8),
        Value::I16(x) => Value::I16(signed(left, x.into(), n) as i16),
        Value::U16(x) => Value::U16(unsigned(left, x.into(), n) as u16),
        other => other,
    })
}

fn signed(left: bool, x: i64, n: u32) -> i64 {
    if left {
        x.checked_shl(n).unwrap_or(0)
    } else {
        x >> n.min(63)
    }
}

fn unsigned(left: bool, x: u64, n: u32) -> u64 {
    if left {
        x.checked_shl(n).unwrap_or(0)
    } else {
        x.checked_shr(n).unwrap_or(0)
    }
}
