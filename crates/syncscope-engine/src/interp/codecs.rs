//! `encoding/base64` and `crypto/sha256` on a program's bytes: Go's four encodings with
//! their decoding errors (`base64.CorruptInputError`, at the byte Go names), ported from
//! Go 1.26's src/encoding/base64, and SHA-256 as FIPS 180-4 gives it.

use super::slices::{SliceVal, Store};
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

/// `Lib` of the two packages; `None` for another function. An encoding is its number:
/// 0 `StdEncoding`, 1 `URLEncoding`, 2 `RawStdEncoding`, 3 `RawURLEncoding`.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let which = args.first().map_or(0, Value::as_int);
    let (alphabet, padded) = (if which % 2 == 0 { STD } else { URL }, which < 2);
    Some(Ok(match f {
        Lib::Base64Encode => {
            let text = encode(alphabet, padded, &bytes_of(args.get(1)));
            Value::Str(text.into())
        }
        Lib::Base64Decode => {
            let (bytes, err) = decode(alphabet, padded, &bytes_of(args.get(1)));
            let err = err.map_or(Value::Chan(None), |at| {
                let text = format!("illegal base64 data at input byte {at}");
                super::iface::typed_error(text, "base64.CorruptInputError")
            });
            Value::Slice(SliceVal::new(vec![byte_slice(&bytes), err]))
        }
        // A hash is the bytes written to it so far.
        Lib::Sha256Write => {
            let mut all = bytes_of(args.first());
            all.extend(bytes_of(args.get(1)));
            byte_slice(&all)
        }
        Lib::Sha256Sum => {
            let mut out = bytes_of(args.get(1));
            out.extend(sha256(&bytes_of(args.first())));
            byte_slice(&out)
        }
        Lib::Sha256Sum256 => {
            let sum = sha256(&bytes_of(args.first()));
            Value::Array(Store::new(sum.iter().map(|&b| Value::Byte(b)).collect()))
        }
        _ => return None,
    }))
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

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

fn sha256(data: &[u8]) -> [u8; 32] {
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
        0x5be0cd19,
    ];
    let mut msg = data.to_vec();
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&((data.len() as u64).wrapping_mul(8)).to_be_bytes());
    for block in msg.chunks(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for i in 0..64 {
            let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
            let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7]
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
            let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(maj);
            v = [
                t1.wrapping_add(t2),
                v[0],
                v[1],
                v[2],
                v[3].wrapping_add(t1),
                v[4],
                v[5],
                v[6],
            ];
        }
        for (a, b) in h.iter_mut().zip(v) {
            *a = a.wrapping_add(b);
        }
    }
    let mut out = [0u8; 32];
    for (i, word) in h.iter().enumerate() {
        out[i * 4..i * 4 + 4].copy_from_slice(&word.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(b: &[u8]) -> String {
        b.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn sha256_of_known_texts() {
        assert_eq!(
            hex(&sha256(b"")),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            hex(&sha256(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
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
