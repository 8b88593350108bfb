//! `--max-memory SIZE`: a run's memory budget, in bytes or with a unit (`512MiB`, `2GiB`,
//! `1G`).

/// The smallest budget: below it the interpreter itself would not fit.
const MIN: u64 = 1 << 20;
/// The largest: a TiB, more than any machine this runs on holds.
const MAX: u64 = 1 << 40;

/// Units, longest first so that `MiB` is not read as `M` followed by `iB`. K, M, G and T
/// alone are binary, as in `1G`; KB, MB, GB and TB are decimal.
const UNITS: [(&str, u64); 13] = [
    ("kib", 1 << 10),
    ("mib", 1 << 20),
    ("gib", 1 << 30),
    ("tib", 1 << 40),
    ("kb", 1_000),
    ("mb", 1_000_000),
    ("gb", 1_000_000_000),
    ("tb", 1_000_000_000_000),
    ("k", 1 << 10),
    ("m", 1 << 20),
    ("g", 1 << 30),
    ("t", 1 << 40),
    ("b", 1),
];

/// `SIZE` in bytes, between 1 MiB and 1 TiB; clap puts the flag and the value in front of
/// the error.
pub(super) fn parse_memory(s: &str) -> Result<u64, String> {
    let bad = || format!("'{s}' is not a size such as 512MiB, 2GiB or 1G");
    let lower = s.trim().to_ascii_lowercase();
    let digits = lower
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(lower.len());
    let (number, unit) = lower.split_at(digits);
    let scale = match unit.trim() {
        "" => 1,
        unit => UNITS.iter().find(|(u, _)| *u == unit).ok_or_else(bad)?.1,
    };
    if number.is_empty() {
        return Err(bad());
    }
    number
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .filter(|bytes| (MIN..=MAX).contains(bytes))
        .ok_or_else(|| format!("{s} is not in 1MiB..=1TiB"))
}

#[cfg(test)]
mod tests {
    use super::parse_memory;

    #[test]
    fn sizes_read_with_their_units() {
        assert_eq!(parse_memory("512MiB"), Ok(512 << 20));
        assert_eq!(parse_memory("2GiB"), Ok(2 << 30));
        assert_eq!(parse_memory("1G"), Ok(1 << 30));
        assert_eq!(parse_memory("64m"), Ok(64 << 20));
        assert_eq!(parse_memory("100MB"), Ok(100_000_000));
        assert_eq!(parse_memory("1048576"), Ok(1 << 20));
        assert_eq!(parse_memory("3 GiB"), Ok(3 << 30));
    }

    #[test]
    fn nonsense_and_out_of_range_sizes_are_refused() {
        for bad in ["", "lots", "GiB", "1.5G", "-1G", "12XB", "1GiBs"] {
            assert!(
                parse_memory(bad).unwrap_err().contains("is not a size"),
                "{bad}"
            );
        }
        for far in ["0", "1KiB", "2TiB", "99999999999999999999G"] {
            assert!(
                parse_memory(far).unwrap_err().contains("1MiB..=1TiB"),
                "{far}"
            );
        }
    }
}
