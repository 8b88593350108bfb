/// Virtual microseconds as people read them: `40µs`, `750ms`, `2s`, `2.35s`.
pub(crate) fn short(us: u64) -> String {
    let ms = us / 1000;
    if us > 0 && us < 1000 {
        format!("{us}µs")
    } else if !us.is_multiple_of(1000) && us < 10_000 {
        // Zoomed in to a few milliseconds: the microseconds matter.
        let s = format!("{:.3}", us as f64 / 1000.0);
        format!("{}ms", s.trim_end_matches('0').trim_end_matches('.'))
    } else if ms < 1000 {
        format!("{ms}ms")
    } else if ms.is_multiple_of(1000) {
        format!("{}s", ms / 1000)
    } else {
        let s = format!("{:.2}", ms as f64 / 1000.0);
        format!("{}s", s.trim_end_matches('0').trim_end_matches('.'))
    }
}

/// Virtual nanoseconds: below ten microseconds the nanoseconds show (`350ns`, `1.25µs`);
/// from there on as [`short`] puts the microseconds.
pub(crate) fn short_ns(ns: u64) -> String {
    if ns.is_multiple_of(1000) || ns >= 10_000 {
        short(ns / 1000)
    } else if ns < 1000 {
        format!("{ns}ns")
    } else {
        let s = format!("{:.3}", ns as f64 / 1000.0);
        format!("{}µs", s.trim_end_matches('0').trim_end_matches('.'))
    }
}

/// The tick step for an axis: the smallest 1-2-5 step that leaves `min_cells` between labels
/// (for spans beyond any run's, the largest step there is).
pub(crate) fn tick_step(span: u64, width: u16, min_cells: u16) -> u64 {
    let per_cell = span as f64 / f64::from(width.max(1));
    let mut step = 1u64;
    while let Some(next) = step.checked_mul(10) {
        for factor in [1, 2, 5] {
            let candidate = step * factor;
            if candidate as f64 / per_cell >= f64::from(min_cells) {
                return candidate;
            }
        }
        step = next;
    }
    step
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms() {
        assert_eq!(short(750_000), "750ms");
        assert_eq!(short(2_000_000), "2s");
        assert_eq!(short(2_350_000), "2.35s");
        assert_eq!(short(3_001_000), "3s");
        assert_eq!(short(40), "40µs");
        assert_eq!(short(1_250), "1.25ms");
        assert_eq!(short(0), "0ms");
    }

    #[test]
    fn nanoseconds_show_below_ten_microseconds() {
        assert_eq!(short_ns(350), "350ns");
        assert_eq!(short_ns(1_250), "1.25µs");
        assert_eq!(short_ns(9_001), "9.001µs");
        assert_eq!(short_ns(3_000), "3µs");
        assert_eq!(short_ns(12_345), "12µs");
        assert_eq!(short_ns(750_000_000), "750ms");
        assert_eq!(short_ns(0), "0ms");
    }

    #[test]
    fn ticks_leave_room_for_labels() {
        // 5 s over 100 cells is 50 ms a cell: 10 cells need 500 ms.
        assert_eq!(tick_step(5_000_000, 100, 10), 500_000);
    }

    #[test]
    fn a_span_beyond_any_run_still_gets_a_step() {
        let step = tick_step(u64::MAX, 80, 10);
        assert!(step >= 10u64.pow(18), "{step}");
    }
}
