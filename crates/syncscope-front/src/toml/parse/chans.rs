//! The channel steps of a scenario: channels are declared (`channels = [...]`) before any
//! step names them, so a misspelt name is a mistake at its line, not a new channel.

use super::super::raw::{RawCase, RawChannel, RawStep, RawStepKind};
use super::super::{Group, Op, SelectCase, SelectComm, Step, any_op};
use super::{Checker, Mistake, in_range};
use toml::Spanned;

/// The biggest buffer a scenario's channel may have.
pub(crate) const MAX_CAP: u32 = 10_000;

/// Whether the channel mode can run this workload: goroutines that save results, and a main
/// that starts them and waits, on no channels of the scenario's own.
pub(super) fn channel_mode_fits(main: &[Step], groups: &[Group], chans: &[(String, u32)]) -> bool {
    let saves = groups
        .iter()
        .any(|g| any_op(&g.steps, &|op| matches!(op, Op::Append(_))));
    let spawns = main.iter().any(|s| matches!(s.op, Op::Spawn { .. }));
    let waits = main.iter().any(|s| matches!(s.op, Op::Wait));
    chans.is_empty() && saves && spawns && waits
}

impl Checker {
    pub(super) fn declare_chans(&mut self, raw: &[Spanned<RawChannel>]) -> Result<(), Mistake> {
        for c in raw {
            let c = c.get_ref();
            self.identifier(&c.name, "channel")?;
            let name = c.name.get_ref();
            if self.chans.iter().any(|(n, _)| n == name) {
                return Err(Mistake::at(
                    &c.name,
                    format!("a channel named {name} is already declared"),
                ));
            }
            let cap = match &c.cap {
                Some(n) => in_range::<u32>(n, "cap", MAX_CAP.into(), "")?,
                None => 0,
            };
            self.chans.push((name.clone(), cap));
        }
        Ok(())
    }

    fn chan(&self, raw: &Spanned<RawStep>, name: &str) -> Result<usize, Mistake> {
        self.chans
            .iter()
            .position(|(n, _)| n == name)
            .ok_or_else(|| {
                Mistake::at(
                    raw,
                    format!("no channel named {name}: declare it in channels = [...]"),
                )
            })
    }

    pub(super) fn chan_op(&mut self, raw: &Spanned<RawStep>, in_main: bool) -> Result<Op, Mistake> {
        Ok(match &raw.get_ref().kind {
            RawStepKind::Send(c) => Op::Send(self.chan(raw, c)?),
            RawStepKind::Recv(c) => Op::Recv(self.chan(raw, c)?),
            RawStepKind::Close(c) => Op::Close(self.chan(raw, c)?),
            RawStepKind::Print(text) => {
                let text = super::plain(&Spanned::new(raw.span(), text.clone()), "print", false)?;
                Op::Print(text)
            }
            RawStepKind::Range { chan, steps } => {
                let chan = self.chan(raw, chan)?;
                let body = self.steps(steps, in_main, false)?;
                Op::Range { chan, body }
            }
            RawStepKind::Select { cases, default } => {
                let mut out = Vec::with_capacity(cases.len());
                for case in cases {
                    out.push(self.case(case, in_main)?);
                }
                let default = match default {
                    Some(steps) => Some(self.steps(steps, in_main, false)?),
                    None => None,
                };
                Op::Select {
                    cases: out,
                    default,
                }
            }
            _ => return Err(Mistake::at(raw, "syncscope bug: not a channel step")),
        })
    }

    fn case(&mut self, raw: &Spanned<RawCase>, in_main: bool) -> Result<SelectCase, Mistake> {
        let pc = self.next_pc;
        self.next_pc = self
            .next_pc
            .checked_add(1)
            .ok_or_else(|| Mistake::at(raw, "too many steps in one function"))?;
        let c = raw.get_ref();
        let step = Spanned::new(
            raw.span(),
            RawStep {
                kind: RawStepKind::Print(String::new()),
            },
        );
        let comm = match (&c.recv, &c.send, &c.after) {
            (Some(name), None, None) => SelectComm::Recv(self.chan(&step, name)?),
            (None, Some(name), None) => SelectComm::Send(self.chan(&step, name)?),
            (None, None, Some(ms)) => {
                SelectComm::After(ms.resolve().map_err(|e| Mistake::at(raw, e))?)
            }
            _ => {
                return Err(Mistake::at(
                    raw,
                    "a select case takes one of recv, send or after",
                ));
            }
        };
        let body = self.steps(&c.steps, in_main, false)?;
        Ok(SelectCase { pc, comm, body })
    }
}
