//! Go's `math` where its results are exact and the same on every machine: roundings, `Sqrt`,
//! `Mod`, `Max` and `Min` with Go's rules for NaN and zeros, and `Pow` by Go's own algorithm
//! (`math/pow.go`) for the exponents it computes without `Exp` and `Log`.

use super::value::Value;
use syncscope_program::Lib;

fn float(v: Option<&Value>) -> f64 {
    match v {
        Some(Value::F64(x)) => *x,
        Some(Value::F32(x)) => f64::from(*x),
        Some(v) => v.as_int() as f64,
        None => 0.0,
    }
}

/// `math.f(args...)`; `None` for another package's function.
pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let (x, y) = (float(args.first()), float(args.get(1)));
    let f64v = |v: f64| Some(Ok(Value::F64(v)));
    match f {
        Lib::Sqrt => f64v(x.sqrt()),
        Lib::Abs => f64v(x.abs()),
        Lib::Floor => f64v(x.floor()),
        Lib::Ceil => f64v(x.ceil()),
        Lib::Trunc => f64v(x.trunc()),
        Lib::Round => f64v(x.round()),
        Lib::RoundToEven => f64v(x.round_ties_even()),
        Lib::Max => f64v(max(x, y)),
        Lib::Min => f64v(-max(-x, -y)),
        Lib::Mod => f64v(x % y),
        Lib::Inf => f64v(if args.first().map_or(0, Value::as_int) >= 0 {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        }),
        Lib::NaN => f64v(f64::NAN),
        Lib::IsNaN => Some(Ok(Value::Bool(x.is_nan()))),
        Lib::IsInf => {
            let sign = args.get(1).map_or(0, Value::as_int);
            let inf = (sign >= 0 && x == f64::INFINITY) || (sign <= 0 && x == f64::NEG_INFINITY);
            Some(Ok(Value::Bool(inf)))
        }
        Lib::Signbit => Some(Ok(Value::Bool(x.is_sign_negative()))),
        Lib::Copysign => f64v(x.copysign(y)),
        Lib::Pow => Some(pow(x, y).map(Value::F64)),
        _ => super::math_trig::call(f, x, y)
            .or_else(|| super::math_log::call(f, x))
            .or_else(|| super::math_roots::call(f, x, y))
            .map(|v| Ok(Value::F64(v))),
    }
}

/// Go's `math.Max`: an infinity wins over a NaN, a NaN over a number, +0 over -0.
fn max(x: f64, y: f64) -> f64 {
    if x == f64::INFINITY || y == f64::INFINITY {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && y == 0.0 {
        return if x.is_sign_negative() { y } else { x };
    }
    if x > y { x } else { y }
}

/// Go's `math.Pow`, its special cases and its product of squares; an exponent with a
/// fraction other than one half takes Go's `Exp` and `Log`, whose last digit depends on the
/// machine's instructions, so it is not run.
fn pow(x: f64, y: f64) -> Result<f64, String> {
    let is_odd_int = |v: f64| {
        if v.abs() >= (1u64 << 53) as f64 {
            return false;
        }
        v.fract() == 0.0 && (v as i64) & 1 == 1
    };
    match () {
        _ if y == 0.0 || x == 1.0 => return Ok(1.0),
        _ if y == 1.0 => return Ok(x),
        _ if x.is_nan() || y.is_nan() => return Ok(f64::NAN),
        _ if x == 0.0 => {
            return Ok(match (y < 0.0, is_odd_int(y)) {
                (true, true) => f64::INFINITY.copysign(x),
                (true, false) => f64::INFINITY,
                (false, true) => x,
                (false, false) => 0.0,
            });
        }
        _ if y.is_infinite() => {
            return Ok(match (x == -1.0, (x.abs() < 1.0) == (y > 0.0)) {
                (true, _) => 1.0,
                (false, true) => 0.0,
                (false, false) => f64::INFINITY,
            });
        }
        _ if x == f64::NEG_INFINITY => return pow(1.0 / x, -y),
        _ if x.is_infinite() => return Ok(if y < 0.0 { 0.0 } else { f64::INFINITY }),
        _ if y == 0.5 => return Ok(x.sqrt()),
        _ if y == -0.5 => return Ok(1.0 / x.sqrt()),
        _ => {}
    }
    let (yi, yf) = (y.abs().trunc(), y.abs().fract());
    if yf != 0.0 && x < 0.0 {
        return Ok(f64::NAN);
    }
    if yf != 0.0 {
        return Err(format!(
            "syncscope does not run math.Pow({x}, {y}) yet: Go's Exp and Log give its last \
             digit by the processor's instructions"
        ));
    }
    if yi >= (1u64 << 63) as f64 {
        // An exponent this large over- or underflows whatever x is (but ±1, done above).
        return Ok(match (x == -1.0, (x.abs() < 1.0) == (y > 0.0)) {
            (true, _) => 1.0,
            (false, true) => 0.0,
            (false, false) => f64::INFINITY,
        });
    }
    let mut a1 = 1.0;
    let mut ae: i64 = 0;
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    Ok(ldexp(a1, ae))
}

/// Go's `normalize`: a denormal scaled into the normal range.
fn normalize(x: f64) -> (f64, i64) {
    if x.abs() < f64::MIN_POSITIVE {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// Go's `math.Frexp`: `f = frac × 2^exp` with `frac` in [½, 1).
fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let bits = f.to_bits();
    exp += ((bits >> 52) & 0x7ff) as i64 - 1022;
    let bits = (bits & !(0x7ff << 52)) | (1022 << 52);
    (f64::from_bits(bits), exp)
}

/// Go's `math.Ldexp`: `frac × 2^exp`, rounded once, as Go rounds a denormal result.
fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp + e;
    let bits = frac.to_bits();
    exp += ((bits >> 52) & 0x7ff) as i64 - 1023;
    if exp < -1075 {
        return 0.0f64.copysign(frac);
    }
    if exp > 1023 {
        return f64::INFINITY.copysign(frac);
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    let bits = (bits & !(0x7ff << 52)) | (((exp + 1023) as u64) << 52);
    m * f64::from_bits(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pow_by_squares_and_its_special_cases() {
        assert_eq!(pow(2.0, 10.0), Ok(1024.0));
        assert_eq!(pow(2.0, -2.0), Ok(0.25));
        assert_eq!(pow(1.5, 3.0), Ok(3.375));
        assert_eq!(pow(9.0, 0.5), Ok(3.0));
        assert_eq!(pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(pow(0.0, -1.0), Ok(f64::INFINITY));
        assert!(pow(-8.0, 1.0 / 3.0).is_ok_and(f64::is_nan));
        assert!(pow(2.0, 0.3).is_err());
        // Go's own digits, its squares' roundings and all.
        assert_eq!(pow(10.0, 308.0), Ok(1.0000000000000006e308));
        assert_eq!(pow(1.1, 10.0), Ok(2.593742460100002));
        assert_eq!(pow(2.0, -1074.0), Ok(5e-324));
        assert_eq!(pow(3.0, 40.0), Ok(1.2157665459056929e19));
        assert_eq!(pow(0.1, 3.0), Ok(0.0010000000000000002));
        assert_eq!(pow(10.0, 309.0), Ok(f64::INFINITY));
    }

    #[test]
    fn max_and_min_follow_gos_rules() {
        assert!(max(f64::NAN, 1.0).is_nan());
        assert_eq!(max(f64::NAN, f64::INFINITY), f64::INFINITY);
        assert!(max(-0.0, 0.0).is_sign_positive());
        assert!((-max(0.0, -(-0.0))).is_sign_negative());
    }
}
