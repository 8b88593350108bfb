//! `math.Cbrt` (Go's `cbrt.go`) and `math.Hypot` (its amd64 assembly, `hypot_amd64.s`), step
//! for step, so every result is Go's to the last bit.

use syncscope_program::Lib;

/// `math.Cbrt(x)` and `Hypot(x, y)`; `None` for another function.
pub(super) fn call(f: Lib, x: f64, y: f64) -> Option<f64> {
    Some(match f {
        Lib::Cbrt => cbrt(x),
        Lib::Hypot => hypot(x, y),
        _ => return None,
    })
}

fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715_094_163;
    const B2: u64 = 696_219_795;
    const C: f64 = f64::from_bits(0x3FE15F15F15F15F1);
    const D: f64 = f64::from_bits(0xBFE691DE2532C834);
    const E: f64 = f64::from_bits(0x3FF6A0EA0EA0EA0F);
    const F: f64 = f64::from_bits(0x3FF9B6DB6DB6DB6E);
    const G: f64 = f64::from_bits(0x3FD6DB6DB6DB6DB7);
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let (sign, x) = (x < 0.0, x.abs());
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < f64::MIN_POSITIVE {
        t = (1u64 << 54) as f64 * x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    let r = t * t / x;
    let s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = f64::from_bits((t.to_bits() & (0xFFFFFFFFC << 28)) + (1 << 30));
    let s = t * t;
    let r = x / s;
    let w = t + t;
    let r = (r - t) / (w + r);
    t += t * r;
    if sign { -t } else { t }
}

fn hypot(p: f64, q: f64) -> f64 {
    let (p, q) = (p.abs(), q.abs());
    if p.is_infinite() || q.is_infinite() {
        return f64::INFINITY;
    }
    if p.is_nan() || q.is_nan() {
        return f64::NAN;
    }
    if p == 0.0 && q == 0.0 {
        return 0.0;
    }
    let (big, small) = if p >= q { (p, q) } else { (q, p) };
    let ratio = small / big;
    big * (ratio * ratio + 1.0).sqrt()
}
