//! `math.Sin`, `Cos`, `Tan`, `Asin`, `Acos`, `Atan` and `Atan2` as Go computes them on amd64:
//! its own Cephes-based algorithms in Go, step for step, so every result is Go's to the last
//! bit (the processor's own functions round some differently).

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};
use syncscope_program::Lib;

/// `math.f(x)` (and `Atan2(y, x)`); `None` for another function.
pub(super) fn call(f: Lib, x: f64, y: f64) -> Option<f64> {
    Some(match f {
        Lib::Sin => sin(x),
        Lib::Cos => cos(x),
        Lib::Tan => tan(x),
        Lib::Asin => asin(x),
        Lib::Acos => FRAC_PI_2 - asin(x),
        Lib::Atan => atan(x),
        Lib::Atan2 => atan2(x, y),
        _ => return None,
    })
}

const SIN: [f64; 6] = [
    f64::from_bits(0x3de5d8fd1fd19ccd),
    f64::from_bits(0xbe5ae5e5a9291f5d),
    f64::from_bits(0x3ec71de3567d48a1),
    f64::from_bits(0xbf2a01a019bfdf03),
    f64::from_bits(0x3f8111111110f7d0),
    f64::from_bits(0xbfc5555555555548),
];
const COS: [f64; 6] = [
    f64::from_bits(0xbda8fa49a0861a9b),
    f64::from_bits(0x3e21ee9d7b4e3f05),
    f64::from_bits(0xbe927e4f7eac4bc6),
    f64::from_bits(0x3efa01a019c844f5),
    f64::from_bits(0xbf56c16c16c14f91),
    f64::from_bits(0x3fa555555555554b),
];
/// Pi/4 in three parts, for Cody and Waite's reduction (Go's constants, bit for bit).
const PI4A: f64 = f64::from_bits(0x3fe921fb40000000);
const PI4B: f64 = f64::from_bits(0x3e64442d00000000);
const PI4C: f64 = f64::from_bits(0x3ce8469898cc5170);
/// Past this Go reduces by Payne and Hanek's method.
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

/// `x`'s octant and its offset in it.
fn reduce(x: f64) -> (u64, f64) {
    if x >= REDUCE_THRESHOLD {
        return trig_reduce(x);
    }
    // 4/Pi rounded once, as Go's constant is.
    const FOUR_OVER_PI: f64 = f64::from_bits(0x3ff45f306dc9c883);
    let mut j = (x * FOUR_OVER_PI) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    (j & 7, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

fn sin_poly(z: f64, zz: f64) -> f64 {
    z + z
        * zz
        * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(zz: f64) -> f64 {
    1.0 - 0.5 * zz
        + zz * zz
            * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5])
}

fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    let (mut sign, x) = (x < 0.0, x.abs());
    let (mut j, z) = reduce(x);
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        cos_poly(zz)
    } else {
        sin_poly(z, zz)
    };
    if sign { -y } else { y }
}

fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return f64::NAN;
    }
    let (mut j, z) = reduce(x.abs());
    let mut sign = false;
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        sin_poly(z, zz)
    } else {
        cos_poly(zz)
    };
    if sign { -y } else { y }
}

fn tan(x: f64) -> f64 {
    const P: [f64; 3] = [
        f64::from_bits(0xc0c992d8d24f3f38),
        f64::from_bits(0x413199eca5fc9ddd),
        f64::from_bits(0xc1711fead3299176),
    ];
    const Q: [f64; 5] = [
        f64::from_bits(0x3ff0000000000000),
        f64::from_bits(0x40cab8a5eeb36572),
        f64::from_bits(0xc13427bc582abc96),
        f64::from_bits(0x4177d98fc2ead8ef),
        f64::from_bits(0xc189afe03cbe5a31),
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    let (sign, x) = (x < 0.0, x.abs());
    // Go's tan keeps the octant whole (no `& 7`): only its bit 2 is read.
    let (j, z) = reduce(x);
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z
            * (zz * ((P[0] * zz + P[1]) * zz + P[2])
                / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign { -y } else { y }
}

/// Go's `trigReduce`: `x` times 4/Pi in 192 bits of Pi's digits.
fn trig_reduce(x: f64) -> (u64, f64) {
    const M_PI4: [u64; 20] = [
        0x0000000000000001,
        0x45f306dc9c882a53,
        0xf84eafa3ea69bb81,
        0xb6c52b3278872083,
        0xfca2c757bd778ac3,
        0x6e48dc74849ba5c0,
        0x0c925dd413a32439,
        0xfc3bd63962534e7d,
        0xd1046bea5d768909,
        0xd338e04d68befc82,
        0x7323ac7306a673e9,
        0x3908bf177bf25076,
        0x3ff12fffbc0b301f,
        0xde5e2316b414da3e,
        0xda6cfd9e4f96136e,
        0x9e8c7ecd3cbfd45a,
        0xea4f758fd7cbe2f6,
        0x7a0e73ef14a525d4,
        0xd7f6bf623f1aba10,
        0xac06608df8f6d757,
    ];
    const SHIFT: u64 = 52;
    const MASK: u64 = 0x7ff;
    const BIAS: i64 = 1023;
    if x < FRAC_PI_4 {
        return (0, x);
    }
    let mut ix = x.to_bits();
    let exp = (ix >> SHIFT & MASK) as i64 - BIAS - SHIFT as i64;
    ix &= !(MASK << SHIFT);
    ix |= 1 << SHIFT;
    let (digit, bitshift) = (((exp + 61) / 64) as usize, ((exp + 61) % 64) as u32);
    let word = |i: usize| {
        (M_PI4[digit + i] << bitshift)
            | M_PI4[digit + i + 1].checked_shr(64 - bitshift).unwrap_or(0)
    };
    let (z0, z1, z2) = (word(0), word(1), word(2));
    let mul = |a: u64, b: u64| {
        let p = u128::from(a) * u128::from(b);
        ((p >> 64) as u64, p as u64)
    };
    let (z2hi, _) = mul(z2, ix);
    let (z1hi, z1lo) = mul(z1, ix);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, carry) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(u64::from(carry));
    let mut j = hi >> 61;
    let hi = hi << 3 | lo >> 61;
    let lz = hi.leading_zeros();
    let e = (BIAS as u64).wrapping_sub(u64::from(lz) + 1);
    let hi = (hi << (lz + 1)) | lo.checked_shr(64 - (lz + 1)).unwrap_or(0);
    let hi = (hi >> (64 - SHIFT)) | e << SHIFT;
    let mut z = f64::from_bits(hi);
    if j & 1 == 1 {
        j = (j + 1) & 7;
        z -= 1.0;
    }
    (j, z * FRAC_PI_4)
}

fn xatan(x: f64) -> f64 {
    const P: [f64; 5] = [
        f64::from_bits(0xbfec007fa1f72594),
        f64::from_bits(0xc03028545b6b807a),
        f64::from_bits(0xc052c08c36880273),
        f64::from_bits(0xc05eb8bf2d05ba25),
        f64::from_bits(0xc0503669fd28ec8e),
    ];
    const Q: [f64; 5] = [
        f64::from_bits(0x4038dbc45b14603c),
        f64::from_bits(0x4064a0dd43b8fa25),
        f64::from_bits(0x407b0e18d2e2be3b),
        f64::from_bits(0x407e563f13b049ea),
        f64::from_bits(0x4068519efbbd62ec),
    ];
    let z = x * x;
    let z = z * ((((P[0] * z + P[1]) * z + P[2]) * z + P[3]) * z + P[4])
        / (((((z + Q[0]) * z + Q[1]) * z + Q[2]) * z + Q[3]) * z + Q[4]);
    x * z + x
}

fn satan(x: f64) -> f64 {
    const MOREBITS: f64 = f64::from_bits(0x3c91a62633145c07);
    const TAN3PIO8: f64 = f64::from_bits(0x4003504f333f9de6);
    if x <= 0.66 {
        return xatan(x);
    }
    if x > TAN3PIO8 {
        return FRAC_PI_2 - xatan(1.0 / x) + MOREBITS;
    }
    FRAC_PI_4 + xatan((x - 1.0) / (x + 1.0)) + 0.5 * MOREBITS
}

fn atan(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else if x > 0.0 {
        satan(x)
    } else {
        -satan(-x)
    }
}

fn asin(x: f64) -> f64 {
    if x == 0.0 {
        return x;
    }
    let (sign, x) = (x < 0.0, x.abs());
    if x > 1.0 {
        return f64::NAN;
    }
    let temp = (1.0 - x * x).sqrt();
    let temp = if x > 0.7 {
        FRAC_PI_2 - satan(temp / x)
    } else {
        satan(x / temp)
    };
    if sign { -temp } else { temp }
}

fn atan2(y: f64, x: f64) -> f64 {
    // 3*Pi/4 rounded once, as Go's constant is.
    const PI3_4: f64 = f64::from_bits(0x4002d97c7f3321d2);
    let signed = |v: f64| v.copysign(y);
    if y.is_nan() || x.is_nan() {
        return f64::NAN;
    }
    if y == 0.0 {
        return signed(if x >= 0.0 && !x.is_sign_negative() {
            0.0
        } else {
            PI
        });
    }
    if x == 0.0 {
        return signed(FRAC_PI_2);
    }
    if x.is_infinite() {
        return signed(match (x > 0.0, y.is_infinite()) {
            (true, true) => FRAC_PI_4,
            (true, false) => 0.0,
            (false, true) => PI3_4,
            (false, false) => PI,
        });
    }
    if y.is_infinite() {
        return signed(FRAC_PI_2);
    }
    let q = atan(y / x);
    match (x < 0.0, q <= 0.0) {
        (true, true) => q + PI,
        (true, false) => q - PI,
        _ => q,
    }
}
