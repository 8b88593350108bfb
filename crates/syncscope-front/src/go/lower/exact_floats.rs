//! Go computes untyped constant expressions exactly (`0.1 + 0.2` is 3/10, printed `0.3`;
//! `math.Pi / 6` is rounded once), where float64 arithmetic rounds each step. Here such an
//! expression of untyped constants is folded in double-double arithmetic (about 106 bits),
//! then rounded to a float64 once: Go's value, but for results within 2^-106 of a rounding
//! tie. A constant already folded keeps its double-double, so `1/3.0*3` is 1 as in Go.

use super::Lowerer;
use syncscope_program::{BinOp, Expr, Lit, UnOp};

/// A value `hi + lo`, `|lo|` at most half an ulp of `hi`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Dd {
    hi: f64,
    lo: f64,
}

/// `a + b` exactly, as a sum and its rounding error.
fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let v = s - a;
    let e = (a - (s - v)) + (b - v);
    Dd { hi: s, lo: e }
}

/// `a * b` exactly, as a product and its rounding error.
fn two_prod(a: f64, b: f64) -> Dd {
    let p = a * b;
    Dd {
        hi: p,
        lo: a.mul_add(b, -p),
    }
}

impl Dd {
    fn of(v: f64) -> Dd {
        Dd { hi: v, lo: 0.0 }
    }

    fn norm(hi: f64, lo: f64) -> Dd {
        two_sum(hi, lo)
    }

    fn add(self, o: Dd) -> Dd {
        let s = two_sum(self.hi, o.hi);
        let t = two_sum(self.lo, o.lo);
        let u = Dd::norm(s.hi, s.lo + t.hi);
        Dd::norm(u.hi, u.lo + t.lo)
    }

    fn neg(self) -> Dd {
        Dd {
            hi: -self.hi,
            lo: -self.lo,
        }
    }

    fn mul(self, o: Dd) -> Dd {
        let p = two_prod(self.hi, o.hi);
        Dd::norm(p.hi, p.lo + (self.hi * o.lo + self.lo * o.hi))
    }

    fn div(self, o: Dd) -> Dd {
        let q1 = self.hi / o.hi;
        let r = self.add(o.mul(Dd::of(q1)).neg());
        let q2 = r.hi / o.hi;
        let r = r.add(o.mul(Dd::of(q2)).neg());
        let q3 = r.hi / o.hi;
        Dd::norm(q1, q2).add(Dd::of(q3))
    }

    /// Rounded once to a float64.
    pub(super) fn value(self) -> f64 {
        self.hi + self.lo
    }

    /// The value of a decimal float literal (`0.1`, `6.02e23`, `.5`), to about 106 bits;
    /// `None` for another form (hexadecimal floats are exact as float64 anyway).
    pub(super) fn parse(text: &str) -> Option<Dd> {
        let t = text.replace('_', "");
        let (mantissa, exp) = match t.find(['e', 'E']) {
            Some(i) => (&t[..i], t[i + 1..].parse::<i32>().ok()?),
            None => (t.as_str(), 0),
        };
        let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        if !whole
            .bytes()
            .chain(frac.bytes())
            .all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let digits = format!("{whole}{frac}");
        let digits = digits.trim_start_matches('0');
        // Digits past the 34th are below what 106 bits hold; they count as a scale.
        let kept = &digits[..digits.len().min(34)];
        let scale = exp - frac.len() as i32 + (digits.len() - kept.len()) as i32;
        let mut v = Dd::of(0.0);
        for chunk in kept.as_bytes().chunks(15) {
            let part: u64 = std::str::from_utf8(chunk).ok()?.parse().ok()?;
            v = v
                .mul(Dd::of(10f64.powi(chunk.len() as i32)))
                .add(Dd::of(part as f64));
        }
        let ten = pow10(scale.unsigned_abs());
        Some(if scale >= 0 { v.mul(ten) } else { v.div(ten) })
    }
}

/// `10^n` as a double-double.
fn pow10(n: u32) -> Dd {
    let mut v = Dd::of(1.0);
    let mut left = n;
    while left > 0 {
        let step = left.min(22);
        v = v.mul(Dd::of(10f64.powi(step as i32)));
        left -= step;
    }
    v
}

impl Lowerer<'_> {
    /// `op` of two untyped constants `l` and `r` whose result is an untyped float,
    /// folded as Go folds it; `None` where it is not folded here.
    pub(super) fn exact_binary(&mut self, op: BinOp, l: &Expr, r: &Expr) -> Option<Expr> {
        let (a, b) = (self.exact(l)?, self.exact(r)?);
        let v = match op {
            BinOp::Add => a.add(b),
            BinOp::Sub => a.add(b.neg()),
            BinOp::Mul => a.mul(b),
            // Go's own error for a zero divisor is said elsewhere.
            BinOp::Div if b.hi != 0.0 => a.div(b),
            _ => return None,
        };
        let folded = v.value();
        if !folded.is_finite() {
            return None;
        }
        self.exact_floats.insert(folded.to_bits(), v);
        Some(Expr::Lit(Lit::F64(folded)))
    }

    /// Keeps the exact value of float literal `text`, which is `v` as a float64.
    pub(super) fn exact_literal(&mut self, text: &str, v: f64) {
        if let Some(dd) = Dd::parse(text) {
            self.exact_floats.insert(v.to_bits(), dd);
        }
    }

    /// Keeps the exact value of `math`'s constant `member`, which is `e` as a float64.
    pub(super) fn exact_math(&mut self, member: &str, e: &Expr) {
        let digits = match member {
            "E" => "2.71828182845904523536028747135266249775724709369995957496696763",
            "Pi" => "3.14159265358979323846264338327950288419716939937510582097494459",
            "Phi" => "1.61803398874989484820458683436563811772030917980576286213544862",
            "Sqrt2" => "1.41421356237309504880168872420969807856967187537694807317667974",
            "SqrtE" => "1.64872127070012814684865078781416357165377610071014801157507931",
            "SqrtPi" => "1.77245385090551602729816748334114518279754945612238712821380779",
            "SqrtPhi" => "1.27201964951406896425242246173749149171560804184009624861664038",
            "Ln2" | "Log2E" => "0.693147180559945309417232121458176568075500134360255254120680009",
            "Ln10" | "Log10E" => "2.30258509299404568401799145468436420760110148862877297603332790",
            _ => return,
        };
        let (Expr::Lit(Lit::F64(v)), Some(mut dd)) = (e, Dd::parse(digits)) else {
            return;
        };
        // Go declares these two as 1 / Ln2 and 1 / Ln10.
        if member.starts_with("Log") {
            dd = Dd::of(1.0).div(dd);
        }
        self.exact_floats.insert(v.to_bits(), dd);
    }

    /// The exact value of a constant, if it is one of a float or an integer.
    fn exact(&self, e: &Expr) -> Option<Dd> {
        match e {
            Expr::Lit(Lit::F64(v)) => Some(
                self.exact_floats
                    .get(&v.to_bits())
                    .copied()
                    .or_else(|| Dd::parse(&format!("{v:e}")))
                    .unwrap_or(Dd::of(*v)),
            ),
            Expr::Lit(Lit::Int(i)) => {
                let hi = *i as f64;
                Some(Dd::norm(hi, (i128::from(*i) - hi as i128) as f64))
            }
            Expr::Unary(UnOp::Neg, x) => self.exact(x).map(Dd::neg),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Dd;

    fn dd(text: &str) -> Dd {
        Dd::parse(text).expect("a decimal literal")
    }

    #[test]
    fn sums_and_quotients_round_once() {
        assert_eq!(dd("0.1").add(dd("0.2")).value(), 0.3);
        assert_eq!(Dd::of(1.0).div(dd("3.0")).mul(Dd::of(3.0)).value(), 1.0);
        assert_eq!(dd("4.35").mul(Dd::of(100.0)).value(), 435.0);
        assert_eq!(Dd::of(1.0).add(dd("0.9").neg()).value(), 0.1);
    }

    #[test]
    fn literals_of_every_form_are_read() {
        assert_eq!(dd("6.02e23").value(), 6.02e23);
        assert_eq!(dd(".5").value(), 0.5);
        assert_eq!(dd("1_000.25").value(), 1000.25);
        assert_eq!(dd("1E-7").value(), 1e-7);
        assert_eq!(
            dd("3.14159265358979323846264338327950288").value(),
            std::f64::consts::PI
        );
        assert!(Dd::parse("0x1p-2").is_none());
    }
}
