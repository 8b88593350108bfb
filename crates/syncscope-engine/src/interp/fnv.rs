//! `hash/fnv`'s 32-bit hashes: a hash is the sum so far (a `uint32`), and `h.Write(p)` gives
//! the sum after `p`'s bytes, by FNV-1 (`New32`) or FNV-1a (`New32a`), as Go computes them.

use super::value::Value;
use syncscope_program::Lib;

const PRIME32: u32 = 16_777_619;

pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let a = match f {
        Lib::Fnv32Write => false,
        Lib::Fnv32aWrite => true,
        _ => return None,
    };
    let mut sum = args.first().map_or(0, |v| v.as_int() as u32);
    let bytes = match args.get(1) {
        Some(Value::Slice(s)) => s.items(),
        _ => Vec::new(),
    };
    for b in bytes {
        let b = b.as_int() as u32;
        sum = if a {
            (sum ^ b).wrapping_mul(PRIME32)
        } else {
            sum.wrapping_mul(PRIME32) ^ b
        };
    }
    Some(Ok(Value::U32(sum)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::slices::SliceVal;

    fn hash(f: Lib, text: &str) -> Option<Value> {
        let bytes = SliceVal::new(text.bytes().map(Value::Byte).collect());
        let start = Value::U32(2_166_136_261);
        call(f, &[start, Value::Slice(bytes)])?.ok()
    }

    #[test]
    fn sums_are_gos() {
        // Go 1.26: fnv.New32a() and fnv.New32() of "gopher".
        assert_eq!(
            hash(Lib::Fnv32aWrite, "gopher"),
            Some(Value::U32(3_500_961_320))
        );
        assert_eq!(
            hash(Lib::Fnv32Write, "gopher"),
            Some(Value::U32(2_667_922_706))
        );
    }
}
