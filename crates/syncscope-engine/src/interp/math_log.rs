//! `math.Log`, `Log10` and `Log2` as Go computes them on amd64: `Log` is its assembly
//! (`log_amd64.s`), whose steps are those of `log.go` but for the exponent read straight off
//! the bits (a subnormal's too) and `<=` against Sqrt2/2; ported step for step, so every
//! result is Go's to the last bit.

use std::f64::consts::{FRAC_1_SQRT_2, LOG2_E, LOG10_E};
use syncscope_program::Lib;

/// `math.Log(x)` and its kin; `None` for another function.
pub(super) fn call(f: Lib, x: f64) -> Option<f64> {
    Some(match f {
        Lib::Log => log(x),
        // Go's `Log(x) * (1 / Ln10)`, the constant rounded once.
        Lib::Log10 => log(x) * LOG10_E,
        Lib::Log2 => {
            let (frac, exp) = frexp(x);
            if frac == 0.5 {
                (exp - 1) as f64
            } else {
                log(frac) * LOG2_E + exp as f64
            }
        }
        _ => return None,
    })
}

fn log(x: f64) -> f64 {
    const LN2_HI: f64 = f64::from_bits(0x3fe62e42fee00000);
    const LN2_LO: f64 = f64::from_bits(0x3dea39ef35793c76);
    const L: [f64; 7] = [
        f64::from_bits(0x3FE5555555555593),
        f64::from_bits(0x3FD999999997FA04),
        f64::from_bits(0x3FD2492494229359),
        f64::from_bits(0x3FCC71C51D8E78AF),
        f64::from_bits(0x3FC7466496CB03DE),
        f64::from_bits(0x3FC39A09D078C69F),
        f64::from_bits(0x3FC2F112DF3E5244),
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return f64::NAN;
    }
    if bits >= 0x7FF0000000000000 {
        return x;
    }
    let mut f1 = f64::from_bits(bits & 0x000F_FFFF_FFFF_FFFF | 0x3FE0_0000_0000_0000);
    let mut k = (((bits >> 52) & 0x7FF) as i64 - 0x3FE) as f64;
    // The assembly's `cmpnlt`: `<=` where `log.go` has `<` (f1 is never NaN here).
    if f1 <= FRAC_1_SQRT_2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L[0] + s4 * (L[2] + s4 * (L[4] + s4 * L[6])));
    let t2 = s4 * (L[1] + s4 * (L[3] + s4 * L[5]));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

/// Go's `Frexp`: a fraction in [0.5, 1) and a power of two.
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let (x, mut exp) = if x.abs() < f64::MIN_POSITIVE {
        (x * (1u64 << 52) as f64, -52)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    exp += ((bits >> 52) & 0x7FF) as i64 - 1023 + 1;
    let frac = f64::from_bits(bits & !(0x7FF << 52) | (1022 << 52));
    (frac, exp)
}
