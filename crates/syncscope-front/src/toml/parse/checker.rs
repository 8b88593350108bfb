//! The steps of each function, checked one at a time: names, places, and the locks they use.

use super::super::raw::{Int, RawStep, RawStepKind};
use super::super::{LockRef, Op, Step};
use super::{MAX_GOROUTINES, Mistake};
use syncscope_program::event::Access;
use toml::Spanned;

/// Checks functions one at a time, collecting the lock names they use.
#[derive(Default)]
pub(super) struct Checker {
    pub(super) locks: Vec<String>,
    pub(super) chans: Vec<(String, u32)>,
    pub(super) next_pc: u16,
}

/// Names the generated Go program uses itself, and Go's predeclared names it relies on.
const RESERVED: &[&str] = &[
    "main",
    "wg",
    "results",
    "start",
    "i",
    "n",
    "fmt",
    "sync",
    "time",
    "rand",
    "runtime",
    "id",
    "job",
    "item",
    "save",
    "show",
    "hold",
    "v",
    "out",
    "delays",
    "spin",
    "sink",
    "spinsPerMs",
    "calibrate",
    "compute", // the generated program's own
    "append",
    "cap",
    "close",
    "complex",
    "copy",
    "delete",
    "imag",
    "len",
    "make",
    "new",
    "panic",
    "print",
    "println",
    "real",
    "recover",
    "bool",
    "byte",
    "complex64",
    "complex128",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "any",
    "comparable",
    "true",
    "false",
    "iota",
    "nil", // Go's predeclared names
];

impl Checker {
    pub(super) fn identifier(&self, name: &Spanned<String>, what: &str) -> Result<(), Mistake> {
        let s = name.get_ref();
        let mut chars = s.chars();
        let first_ok = chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        if !first_ok || !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(Mistake::at(
                name,
                format!("{what} name '{s}' is not a Go identifier"),
            ));
        }
        if RESERVED.contains(&s.as_str())
            || is_go_keyword(s)
            || s.starts_with('r') && s[1..].chars().all(|c| c.is_ascii_digit())
        {
            return Err(Mistake::at(
                name,
                format!("'{s}' is taken by Go or by the program"),
            ));
        }
        Ok(())
    }

    pub(super) fn function(
        &mut self,
        steps: &[Spanned<RawStep>],
        in_main: bool,
    ) -> Result<Vec<Step>, Mistake> {
        self.next_pc = 0;
        self.steps(steps, in_main, true)
    }

    pub(super) fn steps(
        &mut self,
        steps: &[Spanned<RawStep>],
        in_main: bool,
        top: bool,
    ) -> Result<Vec<Step>, Mistake> {
        let mut out = Vec::with_capacity(steps.len());
        for raw in steps {
            let pc = self.next_pc;
            self.next_pc = self
                .next_pc
                .checked_add(1)
                .ok_or_else(|| Mistake::at(raw, "too many steps in one function"))?;
            let op = self.op(raw, in_main, top)?;
            out.push(Step { pc, op });
        }
        Ok(out)
    }

    pub(super) fn op(
        &mut self,
        raw: &Spanned<RawStep>,
        in_main: bool,
        top: bool,
    ) -> Result<Op, Mistake> {
        let step = raw.get_ref();
        let ms = |m: &super::super::raw::RawMillis| m.resolve().map_err(|e| Mistake::at(raw, e));
        Ok(match &step.kind {
            RawStepKind::Sleep(m) => Op::Sleep(ms(m)?),
            RawStepKind::Compute(m) => Op::Compute(ms(m)?),
            RawStepKind::Append(m) => Op::Append(ms(m)?),
            RawStepKind::Read(m) => Op::Read(ms(m)?),
            RawStepKind::Done => Op::Done,
            RawStepKind::Wait => Op::Wait,
            // Bounded by the goroutine cap: no lesson needs more, and the WaitGroup counter
            // sums these in an i64 that a few huge adds would overflow.
            RawStepKind::Add(Int(n)) => Op::Add(
                i64::try_from(*n)
                    .ok()
                    .filter(|n| n.unsigned_abs() <= u64::from(MAX_GOROUTINES))
                    .ok_or_else(|| {
                        Mistake::at(
                            raw,
                            format!("add = {n}: must be in -{MAX_GOROUTINES}..={MAX_GOROUTINES}"),
                        )
                    })?,
            ),
            RawStepKind::Lock(name, access) => Op::Lock(self.lock_ref(raw, name, *access)?),
            // Go lets any goroutine unlock, and an unlock of an unlocked lock is its fatal
            // error: both are lessons, so neither is refused here.
            RawStepKind::Unlock(name, access) => Op::Unlock(self.lock_ref(raw, name, *access)?),
            RawStepKind::Spawn { .. } if !in_main || !top => {
                return Err(Mistake::at(
                    raw,
                    "goroutines are started from main's top level",
                ));
            }
            RawStepKind::Spawn { add } => Op::Spawn { add: *add },
            RawStepKind::Call if !in_main || !top => {
                return Err(Mistake::at(raw, "call is a step of main's top level"));
            }
            RawStepKind::Call => Op::Call,
            RawStepKind::Repeat { times, steps } => {
                let times = times.resolve().map_err(|e| Mistake::at(raw, e))?;
                let body = self.steps(steps, in_main, false)?;
                Op::Repeat { times, body }
            }
            _ => return self.chan_op(raw, in_main),
        })
    }

    pub(super) fn lock_ref(
        &mut self,
        raw: &Spanned<RawStep>,
        name: &str,
        access: Access,
    ) -> Result<LockRef, Mistake> {
        self.identifier(&Spanned::new(raw.span(), name.to_string()), "lock")?;
        let lock = match self.locks.iter().position(|l| l == name) {
            Some(i) => i,
            None => {
                self.locks.push(name.to_string());
                self.locks.len() - 1
            }
        };
        Ok(LockRef { lock, access })
    }
}

fn is_go_keyword(s: &str) -> bool {
    const KEYWORDS: [&str; 25] = [
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
    ];
    KEYWORDS.contains(&s)
}
