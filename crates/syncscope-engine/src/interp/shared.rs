//! The program's shared variables: every read of one that some goroutine writes, and every
//! write, is reported for the race detector; the results slice's appends, for the results
//! panel too.

use super::value::{Value, index_out_of_range};
use super::{Frame, Goroutine, format};
use crate::GlobalCell;
use crate::sched::Stop;
use std::sync::Arc;
use syncscope_program::event::{EventKind, State};
use syncscope_program::{Expr, GlobalId, GlobalKind, Grow};

impl Goroutine {
    pub(super) fn cell(&self, g: GlobalId) -> Result<&GlobalCell, Stop> {
        self.shared
            .globals
            .get(g)
            .ok_or_else(|| self.bug(format!("no shared variable {g}")))
    }

    /// A package variable that is not a shared slice: `len` reads its value (a channel's).
    pub(super) fn is_chan_global(&self, g: GlobalId) -> bool {
        !matches!(self.cell(g), Ok(GlobalCell::Slice(_)))
    }

    fn is_results(&self, g: GlobalId) -> bool {
        self.shared.program.results == Some(g)
    }

    /// Reports a read of `g` if anyone writes it, holding it for the run's read window.
    pub(super) fn reading(&self, g: GlobalId, len: usize) -> Result<(), Stop> {
        let written = self
            .shared
            .program
            .globals
            .get(g)
            .is_some_and(|d| d.written);
        if !written {
            return Ok(());
        }
        if self.is_results(g) {
            self.emit(EventKind::Read(len));
        } else {
            self.emit(EventKind::Access {
                var: g as u16,
                write: false,
            });
        }
        let window = self.shared.info.read_ms as i64 * 1_000_000;
        if window > 0 {
            self.state(State::Reading);
            self.sleep(State::Reading, window)?;
            self.state(State::Running);
        }
        Ok(())
    }

    pub(super) fn read_global(&self, g: GlobalId) -> Result<Value, Stop> {
        match self.cell(g)? {
            GlobalCell::Value(v) => {
                self.reading(g, 0)?;
                Ok(v.lock().unwrap_or_else(|e| e.into_inner()).clone())
            }
            GlobalCell::Slice(s) => {
                let read = s.read();
                self.reading(g, read.len())?;
                Ok(Value::Slice(read))
            }
            // The object itself, for a statement on it: nothing of it is read, nothing
            // reported.
            GlobalCell::WaitGroup(_) => Ok(Value::WaitGroup(g)),
            GlobalCell::Lock(_) => match self.shared.program.globals.get(g).map(|d| &d.kind) {
                Some(GlobalKind::Lock(lock)) => Ok(Value::Lock(*lock)),
                _ => Err(self.bug(format!("{g} is not a lock"))),
            },
        }
    }

    pub(super) fn write_global(&self, g: GlobalId, v: Value) -> Result<(), Stop> {
        self.emit(EventKind::Access {
            var: g as u16,
            write: true,
        });
        match self.cell(g)? {
            GlobalCell::Value(cell) => *cell.lock().unwrap_or_else(|e| e.into_inner()) = v,
            GlobalCell::Slice(s) => {
                if let Value::Slice(items) = v {
                    s.replace(items);
                }
            }
            GlobalCell::WaitGroup(_) | GlobalCell::Lock(_) => {}
        }
        Ok(())
    }

    pub(super) fn global_element(&self, g: GlobalId, i: i64) -> Result<Value, Stop> {
        let GlobalCell::Slice(s) = self.cell(g)? else {
            return Ok(Value::Unit);
        };
        self.reading(g, s.len())?;
        usize::try_from(i)
            .ok()
            .and_then(|i| s.get(i))
            .ok_or_else(|| Stop::Panic(index_out_of_range(i, s.len())))
    }

    pub(super) fn global_len(&self, g: GlobalId) -> Result<usize, Stop> {
        match self.cell(g)? {
            GlobalCell::Slice(s) => {
                self.reading(g, s.len())?;
                Ok(s.len())
            }
            _ => Ok(0),
        }
    }

    pub(super) fn results_len(&self) -> usize {
        match self.shared.program.results.map(|g| self.cell(g)) {
            Some(Ok(GlobalCell::Slice(s))) => s.len(),
            _ => 0,
        }
    }

    /// `s = append(s, v)` on a shared slice, acted out as Go compiles it: read the length,
    /// hold the window, store the slot, store the length.
    pub(super) fn append(
        &self,
        frame: &mut Frame,
        g: GlobalId,
        value: &Expr,
        (hold, grow): (&Expr, &Grow),
    ) -> Result<(), Stop> {
        let v = self.eval(frame, value)?;
        let GlobalCell::Slice(s) = self.cell(g)? else {
            return Err(self.bug(format!("append to {g}, not a slice")));
        };
        let results = self.is_results(g);
        self.state(State::Writing);
        let read = s.read();
        let slot = read.len();
        if results {
            self.emit(EventKind::LoadLen(slot));
        } else {
            self.emit(EventKind::Access {
                var: g as u16,
                write: false,
            });
        }
        let ns = self.eval(frame, hold)?.as_int();
        self.sleep(State::Writing, ns)?;
        let shown: Arc<str> = format::value(&v).into();
        let Value::Slice(grown) = self.append_to(frame, Value::Slice(read), vec![v], grow)? else {
            return Err(self.bug(format!("append to {g} gave no slice")));
        };
        let overwrote = s.finish_append(slot, grown);
        if results {
            self.emit(EventKind::Store {
                slot,
                value: shown,
                overwrote: overwrote.map(|old| format::value(&old).into()),
            });
            self.emit(EventKind::Len(slot + 1));
        } else {
            self.emit(EventKind::Access {
                var: g as u16,
                write: true,
            });
        }
        self.state(State::Running);
        Ok(())
    }

    /// Package-level variables get their values before `main` runs, as in Go.
    pub(crate) fn init_globals(&self) -> Result<(), Stop> {
        let program = self.shared.program.clone();
        let main = program
            .func(program.main)
            .ok_or_else(|| self.bug("no main".into()))?;
        let mut frame = Frame::new(main, Vec::new());
        for (g, decl) in program.globals.iter().enumerate() {
            match (&decl.kind, self.cell(g)?) {
                (GlobalKind::Value(init), GlobalCell::Value(cell)) => {
                    let v = self.eval(&mut frame, init)?;
                    *cell.lock().unwrap_or_else(|e| e.into_inner()) = v;
                }
                (GlobalKind::Slice(init), GlobalCell::Slice(s)) => {
                    let Value::Slice(init) = self.eval(&mut frame, init)? else {
                        return Err(self.bug(format!("{g} starts as no slice")));
                    };
                    let items = init.items();
                    // The results panel starts from the slice's first elements.
                    if self.is_results(g) && !items.is_empty() {
                        for (slot, v) in items.iter().enumerate() {
                            self.emit(EventKind::Store {
                                slot,
                                value: format::value(v).into(),
                                overwrote: None,
                            });
                        }
                        self.emit(EventKind::Len(items.len()));
                    }
                    s.replace(init);
                }
                _ => {}
            }
        }
        Ok(())
    }
}
