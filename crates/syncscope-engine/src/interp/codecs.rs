//! `encoding/base64` on a program's bytes: Go's four encodings with their decoding errors
//! (`base64.CorruptInputError`, at the byte Go names), ported from Go 1.26's
//! src/encoding/base64; and `encoding/hex` (`hex.InvalidByteError` and `ErrLength`).

use super::slices::SliceVal;
use super::value::Value;
use syncscope_program::Lib;

pub(super) const STD: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The bytes of a `[]byte` or `[N]byte` value.
pub(super) fn bytes_of(v: Option<&Value>) -> Vec<u8> {
    let items = match v {
        Some(Value::Slice(s)) => s.items(),
        Some(Value::Array(a)) => a.elements().clone(),
        Some(Value::Str(s)) => return s.as_bytes().to_vec(),
        _ => Vec::new(),
    };
    items.iter().map(|b| b.as_int() as u8).collect()
}

/// The bytes of a `[]byte` or `[N]byte` for `%x`, which prints each as two hex digits
/// (`None` for other elements, or none: an empty slice shows no type of its elements).
pub(super) fn raw(v: &Value) -> Option<Vec<u8>> {
    let items = match v {
        Value::Slice(s) => s.items(),
        Value::Array(a) => a.elements().clone(),
        _ => return None,
    };
    if items.is_empty() || !items.iter().all(|b| matches!(b, Value::Byte(_))) {
        return None;
    }
    Some(items.iter().map(|b| b.as_int() as u8).collect())
}

pub(super) fn byte_slice(bytes: &[u8]) -> Value {
    Value::Slice(SliceVal::new(
        bytes.iter().map(|&b| Value::Byte(b)).collect(),
    ))
}

/// `Lib` of `encoding/base64` and `encoding/hex`; `None` for another function. An encoding is its number:
/// 0 `StdEncoding`, 1 `URLEncoding`, 2 `RawStdEncoding`, 3 `RawURLEncoding`.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let which = args.first().map_or(0, Value::as_int);
    let (alphabet, padded) = (if which % 2 == 0 { STD } else { URL }, which < 2);
    Some(Ok(match f {
        Lib::Base64Encode => {
            let text = encode(alphabet, padded, &bytes_of(args.get(1)));
            Value::Str(text.into())
        }
        Lib::HexEncode => {
            let text: String = bytes_of(args.first())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            Value::Str(text.into())
        }
        Lib::HexDecode => {
            let (bytes, err) = hex_decode(&bytes_of(args.first()));
            let err = err.map_or(Value::Iface(None), |e| match e {
                HexErr::Length => super::iface::typed_error(
                    "encoding/hex: odd length hex string".into(),
                    "*errors.errorString",
                ),
                HexErr::Byte(b) => {
                    let shown = super::runes::unicode(&Value::Rune(i32::from(b)), true);
                    let text = format!("encoding/hex: invalid byte: {}", shown.unwrap_or_default());
                    super::iface::typed_error(text, "hex.InvalidByteError")
                }
            });
            Value::Slice(SliceVal::new(vec![byte_slice(&bytes), err]))
        }
        Lib::HexEncodedLen => Value::Int(which.wrapping_mul(2)),
        Lib::HexDecodedLen => Value::Int(which / 2),
        Lib::Base64Decode => {
            let (bytes, err) = decode(alphabet, padded, &bytes_of(args.get(1)));
            let err = err.map_or(Value::Chan(None), |at| {
                let text = format!("illegal base64 data at input byte {at}");
                super::iface::typed_error(text, "base64.CorruptInputError")
            });
            Value::Slice(SliceVal::new(vec![byte_slice(&bytes), err]))
        }
        _ => return None,
    }))
}

/// What stopped a hex decoding.
#[derive(Debug, PartialEq)]
enum HexErr {
    /// `hex.ErrLength`: a last digit without its pair.
    Length,
    /// `hex.InvalidByteError`: a byte that is no hex digit.
    Byte(u8),
}

/// Go's `hex.Decode`: the bytes of the whole pairs before the first mistake, and it. A bad
/// last digit is named before the odd length, as Go does.
fn hex_decode(src: &[u8]) -> (Vec<u8>, Option<HexErr>) {
    let digit = |c: u8| char::from(c).to_digit(16).map(|d| d as u8);
    let mut out = Vec::new();
    for pair in src.chunks(2) {
        let Some(hi) = digit(pair[0]) else {
            return (out, Some(HexErr::Byte(pair[0])));
        };
        let Some(&second) = pair.get(1) else {
            return (out, Some(HexErr::Length));
        };
        let Some(lo) = digit(second) else {
            return (out, Some(HexErr::Byte(second)));
        };
        out.push(hi << 4 | lo);
    }
    (out, None)
}

pub(super) fn encode(alphabet: &[u8; 64], padded: bool, src: &[u8]) -> String {
    let mut out = String::new();
    for chunk in src.chunks(3) {
        let mut buf = [0u8; 3];
        buf[..chunk.len()].copy_from_slice(chunk);
        let v = (u32::from(buf[0]) << 16) | (u32::from(buf[1]) << 8) | u32::from(buf[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(alphabet[(v >> (18 - 6 * i) & 0x3f) as usize]));
        }
        if padded {
            for _ in chunk.len()..3 {
                out.push('=');
            }
        }
    }
    out
}

/// Go's `Decode`: the bytes decoded, and where it found the input corrupt, if it did.
pub(super) fn decode(alphabet: &[u8; 64], padded: bool, src: &[u8]) -> (Vec<u8>, Option<usize>) {
    let value = |c: u8| alphabet.iter().position(|&a| a == c).map(|v| v as u8);
    let mut out = Vec::new();
    let mut si = 0;
    while si < src.len() {
        let mut dbuf = [0u8; 4];
        let mut dlen = 4;
        let mut err = None;
        let mut j = 0;
        while j < 4 {
            if si == src.len() {
                if j == 0 {
                    return (out, None);
                }
                if j == 1 || padded {
                    return (out, Some(si - j));
                }
                dlen = j;
                break;
            }
            let c = src[si];
            si += 1;
            if let Some(v) = value(c) {
                dbuf[j] = v;
                j += 1;
                continue;
            }
            if c == b'\n' || c == b'\r' {
                continue;
            }
            if !padded || c != b'=' || j < 2 {
                return (out, Some(si - 1));
            }
            let skip = |si: &mut usize| {
                while *si < src.len() && (src[*si] == b'\n' || src[*si] == b'\r') {
                    *si += 1;
                }
            };
            if j == 2 {
                // "==" is expected, the first "=" already read.
                skip(&mut si);
                if si == src.len() {
                    return (out, Some(src.len()));
                }
                if src[si] != b'=' {
                    return (out, Some(si - 1));
                }
                si += 1;
            }
            skip(&mut si);
            if si < src.len() {
                err = Some(si);
            }
            dlen = j;
            break;
        }
        let val = (u32::from(dbuf[0]) << 18)
            | (u32::from(dbuf[1]) << 12)
            | (u32::from(dbuf[2]) << 6)
            | u32::from(dbuf[3]);
        let bytes = [(val >> 16) as u8, (val >> 8) as u8, val as u8];
        out.extend_from_slice(&bytes[..dlen - 1]);
        if err.is_some() {
            return (out, err);
        }
    }
    (out, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_decodes_and_errs_as_go() {
        assert_eq!(hex_decode(b"6869"), (b"hi".to_vec(), None));
        assert_eq!(hex_decode(b"686"), (b"h".to_vec(), Some(HexErr::Length)));
        assert_eq!(
            hex_decode(b"68g"),
            (b"h".to_vec(), Some(HexErr::Byte(b'g')))
        );
        assert_eq!(hex_decode(b"6g"), (Vec::new(), Some(HexErr::Byte(b'g'))));
        assert_eq!(hex_decode(b"ABcd"), (vec![0xab, 0xcd], None));
    }

    #[test]
    fn base64_round_trips_and_errors_as_go() {
        assert_eq!(encode(STD, true, b"gopher!"), "Z29waGVyIQ==");
        assert_eq!(encode(URL, false, b"\xfb\xff"), "-_8");
        assert_eq!(
            decode(STD, true, b"Z29waGVyIQ=="),
            (b"gopher!".to_vec(), None)
        );
        // Go 1.26: "illegal base64 data at input byte 4" for "Z29w*GVy".
        assert_eq!(decode(STD, true, b"Z29w*GVy"), (b"gop".to_vec(), Some(4)));
        assert_eq!(decode(STD, true, b"Z29"), (Vec::new(), Some(0)));
    }
}
