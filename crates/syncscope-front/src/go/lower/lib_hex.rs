//! `encoding/hex`'s functions of strings, as teachers print a digest with them:
//! `hex.EncodeToString(sum[:])`, `hex.DecodeString(s)` with Go's errors, `EncodedLen` and
//! `DecodedLen`. The streaming encoders, `Dump` and `ErrLength` as a value are not run yet.

use super::library::error_type;
use crate::go::types::Type;
use syncscope_program::Lib;

/// The function's `Lib`, parameters and result.
pub(super) fn plain(full: &str) -> Option<(Lib, Vec<Type>, Type)> {
    let bytes = || Type::Slice(Box::new(Type::Byte));
    Some(match full {
        "hex.EncodeToString" => (Lib::HexEncode, vec![bytes()], Type::Str),
        "hex.DecodeString" => (
            Lib::HexDecode,
            vec![Type::Str],
            Type::Tuple(vec![bytes(), error_type()]),
        ),
        "hex.EncodedLen" => (Lib::HexEncodedLen, vec![Type::Int], Type::Int),
        "hex.DecodedLen" => (Lib::HexDecodedLen, vec![Type::Int], Type::Int),
        _ => return None,
    })
}
