//! Go's sorts, step for step (`sort/zsortfunc.go`): pattern-defeating quicksort for
//! `sort.Slice` and `slices.Sort`, insertion sort and SymMerge for `sort.SliceStable`. The
//! same comparisons and swaps in the same order, so equal elements end where Go leaves them
//! and a `less` closure sees the slice as Go's would.

use crate::sched::Stop;

/// A slice being sorted: `less(i, j)` may run the program's closure, which may fail.
pub(super) trait LessSwap {
    fn less(&mut self, i: usize, j: usize) -> Result<bool, Stop>;
    fn swap(&mut self, i: usize, j: usize);
}

/// `sort.Slice`, `slices.Sort`: data[0..n].
pub(super) fn sort(data: &mut dyn LessSwap, n: usize) -> Result<(), Stop> {
    let limit = usize::BITS - n.leading_zeros();
    pdqsort(data, 0, n, limit)
}

const MAX_INSERTION: usize = 12;

fn insertion_sort(data: &mut dyn LessSwap, a: usize, b: usize) -> Result<(), Stop> {
    for i in a + 1..b {
        let mut j = i;
        while j > a && data.less(j, j - 1)? {
            data.swap(j, j - 1);
            j -= 1;
        }
    }
    Ok(())
}

fn sift_down(data: &mut dyn LessSwap, lo: usize, hi: usize, first: usize) -> Result<(), Stop> {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return Ok(());
        }
        if child + 1 < hi && data.less(first + child, first + child + 1)? {
            child += 1;
        }
        if !data.less(first + root, first + child)? {
            return Ok(());
        }
        data.swap(first + root, first + child);
        root = child;
    }
}

fn heap_sort(data: &mut dyn LessSwap, a: usize, b: usize) -> Result<(), Stop> {
    let (first, hi) = (a, b - a);
    for i in (0..=(hi - 1) / 2).rev() {
        sift_down(data, i, hi, first)?;
    }
    for i in (0..hi).rev() {
        data.swap(first, first + i);
        sift_down(data, 0, i, first)?;
    }
    Ok(())
}

#[derive(PartialEq)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

fn pdqsort(
    data: &mut dyn LessSwap,
    mut a: usize,
    mut b: usize,
    mut limit: u32,
) -> Result<(), Stop> {
    let mut was_balanced = true;
    let mut was_partitioned = true;
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            return insertion_sort(data, a, b);
        }
        if limit == 0 {
            return heap_sort(data, a, b);
        }
        if !was_balanced {
            break_patterns(data, a, b);
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(data, a, b)?;
        if hint == Hint::Decreasing {
            reverse_range(data, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced
            && was_partitioned
            && hint == Hint::Increasing
            && partial_insertion_sort(data, a, b)?
        {
            return Ok(());
        }
        if a > 0 && !data.less(a - 1, pivot)? {
            a = partition_equal(data, a, b, pivot)?;
            continue;
        }
        let (mid, already) = partition(data, a, b, pivot)?;
        was_partitioned = already;
        let (left, right) = (mid - a, b - mid);
        let threshold = length / 8;
        if left < right {
            was_balanced = left >= threshold;
            pdqsort(data, a, mid, limit)?;
            a = mid + 1;
        } else {
            was_balanced = right >= threshold;
            pdqsort(data, mid + 1, b, limit)?;
            b = mid;
        }
    }
}

fn partition(
    data: &mut dyn LessSwap,
    a: usize,
    b: usize,
    pivot: usize,
) -> Result<(usize, bool), Stop> {
    data.swap(a, pivot);
    // Inclusive bounds of what is left to partition; `j` may pass below `i` by one.
    let (mut i, mut j) = (a + 1, b - 1);
    while i <= j && data.less(i, a)? {
        i += 1;
    }
    while i <= j && !data.less(j, a)? {
        j -= 1;
    }
    if i > j {
        data.swap(j, a);
        return Ok((j, true));
    }
    data.swap(i, j);
    i += 1;
    j -= 1;
    loop {
        while i <= j && data.less(i, a)? {
            i += 1;
        }
        while i <= j && !data.less(j, a)? {
            j -= 1;
        }
        if i > j {
            break;
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
    data.swap(j, a);
    Ok((j, false))
}

fn partition_equal(
    data: &mut dyn LessSwap,
    a: usize,
    b: usize,
    pivot: usize,
) -> Result<usize, Stop> {
    data.swap(a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    loop {
        while i <= j && !data.less(a, i)? {
            i += 1;
        }
        while i <= j && data.less(a, j)? {
            j -= 1;
        }
        if i > j {
            return Ok(i);
        }
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
}

fn partial_insertion_sort(data: &mut dyn LessSwap, a: usize, b: usize) -> Result<bool, Stop> {
    const MAX_STEPS: usize = 5;
    const SHORTEST_SHIFTING: usize = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !data.less(i, i - 1)? {
            i += 1;
        }
        if i == b {
            return Ok(true);
        }
        if b - a < SHORTEST_SHIFTING {
            return Ok(false);
        }
        data.swap(i, i - 1);
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 && data.less(j, j - 1)? {
                data.swap(j, j - 1);
                j -= 1;
            }
        }
        if b - i >= 2 {
            let mut j = i + 1;
            while j < b && data.less(j, j - 1)? {
                data.swap(j, j - 1);
                j += 1;
            }
        }
    }
    Ok(false)
}

fn break_patterns(data: &mut dyn LessSwap, a: usize, b: usize) {
    let length = b - a;
    if length < 8 {
        return;
    }
    let mut random = length as u64;
    let modulus = 1usize << (usize::BITS - length.leading_zeros());
    for idx in a + (length / 4) * 2 - 1..=a + (length / 4) * 2 + 1 {
        random ^= random << 13;
        random ^= random >> 7;
        random ^= random << 17;
        let mut other = (random as usize) & (modulus - 1);
        if other >= length {
            other -= length;
        }
        data.swap(idx, a + other);
    }
}

fn choose_pivot(data: &mut dyn LessSwap, a: usize, b: usize) -> Result<(usize, Hint), Stop> {
    const SHORTEST_NINTHER: usize = 50;
    const MAX_SWAPS: u32 = 4 * 3;
    let l = b - a;
    let mut swaps = 0;
    let (mut i, mut j, mut k) = (a + l / 4, a + l / 4 * 2, a + l / 4 * 3);
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median(data, i - 1, i, i + 1, &mut swaps)?;
            j = median(data, j - 1, j, j + 1, &mut swaps)?;
            k = median(data, k - 1, k, k + 1, &mut swaps)?;
        }
        j = median(data, i, j, k, &mut swaps)?;
    }
    Ok(match swaps {
        0 => (j, Hint::Increasing),
        MAX_SWAPS => (j, Hint::Decreasing),
        _ => (j, Hint::Unknown),
    })
}

fn order2(
    data: &mut dyn LessSwap,
    a: usize,
    b: usize,
    swaps: &mut u32,
) -> Result<(usize, usize), Stop> {
    if data.less(b, a)? {
        *swaps += 1;
        return Ok((b, a));
    }
    Ok((a, b))
}

fn median(
    data: &mut dyn LessSwap,
    a: usize,
    b: usize,
    c: usize,
    swaps: &mut u32,
) -> Result<usize, Stop> {
    let (a, b) = order2(data, a, b, swaps)?;
    let (b, _) = order2(data, b, c, swaps)?;
    let (_, b) = order2(data, a, b, swaps)?;
    Ok(b)
}

fn reverse_range(data: &mut dyn LessSwap, a: usize, b: usize) {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        data.swap(i, j);
        i += 1;
        j -= 1;
    }
}
