//! `%x` and `%X` of bytes (a `[]byte`, a `[N]byte` or a string), as Go's fmt writes them:
//! a precision takes that many bytes, `#` puts `0x` in front, and a space between the bytes,
//! each with its own `0x` when both flags are given (`% #x`).

use super::printf::Spec;

pub(super) fn hex_bytes(bytes: &[u8], upper: bool, spec: &Spec) -> String {
    let n = spec.precision.map_or(bytes.len(), |p| p.min(bytes.len()));
    let prefix = if upper { "0X" } else { "0x" };
    let mut out = String::new();
    if spec.sharp && n > 0 {
        out.push_str(prefix);
    }
    for (i, b) in bytes[..n].iter().enumerate() {
        if spec.space && i > 0 {
            out.push(' ');
            if spec.sharp {
                out.push_str(prefix);
            }
        }
        if upper {
            out.push_str(&format!("{b:02X}"));
        } else {
            out.push_str(&format!("{b:02x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_as_gos() {
        let spec = |sharp, space| Spec {
            sharp,
            space,
            ..Spec::default()
        };
        let b = [0x34, 0xd1, 0xf9];
        assert_eq!(hex_bytes(&b, false, &spec(false, false)), "34d1f9");
        assert_eq!(hex_bytes(&b, false, &spec(false, true)), "34 d1 f9");
        assert_eq!(hex_bytes(&b, true, &spec(true, false)), "0X34D1F9");
        assert_eq!(hex_bytes(&b, false, &spec(true, true)), "0x34 0xd1 0xf9");
        let two = Spec {
            precision: Some(2),
            ..Spec::default()
        };
        assert_eq!(hex_bytes(&b, false, &two), "34d1");
        assert_eq!(hex_bytes(&[], false, &spec(true, true)), "");
    }
}
