//! `fmt`'s explicit operand indexes (`%[2]d`, `%[3]*.[2]*[1]f`), read as Go's `argNumber`
//! reads them: an index names the operand the next verb, width or precision takes.

/// The explicit operand indexes of one directive, as Go's `argNumber` reads them.
pub(super) struct Index<'a> {
    /// No index was out of range or misplaced.
    pub(super) good: bool,
    pub(super) reordered: &'a mut bool,
    pub(super) count: usize,
}

impl Index<'_> {
    /// Reads `[n]` if it comes next, making operand `n` the next; whether it was one.
    pub(super) fn take(
        &mut self,
        chars: &mut std::iter::Peekable<std::str::Chars>,
        next: &mut usize,
    ) -> bool {
        if chars.peek() != Some(&'[') {
            return false;
        }
        *self.reordered = true;
        let mut look = chars.clone();
        look.next();
        let mut inside = String::new();
        let mut closed = false;
        for c in look {
            if c == ']' {
                closed = true;
                break;
            }
            inside.push(c);
        }
        // With no `]`, only the `[` is taken; with one, all up to it.
        let taken = if closed {
            inside.chars().count() + 2
        } else {
            1
        };
        for _ in 0..taken {
            chars.next();
        }
        let number = (closed && !inside.is_empty() && inside.bytes().all(|b| b.is_ascii_digit()))
            .then(|| inside.parse::<usize>().ok())
            .flatten();
        match number {
            Some(n) if (1..=self.count).contains(&n) => {
                *next = n - 1;
                true
            }
            _ => {
                self.good = false;
                number.is_some()
            }
        }
    }
}
