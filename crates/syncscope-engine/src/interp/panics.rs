//! Panics as Go unwinds them: the panicking function's deferred calls run, the last first,
//! then its caller's, and a deferred call that calls `recover()` stops the panic there; the
//! function it was deferred in returns normally, with its result's zero value. `os.Exit`
//! ends the run at once, nothing deferred run; `runtime.Goexit` ends the goroutine, all of
//! them run and `recover()` finding no panic.

use super::value::Value;
use super::{Flow, Frame, Goroutine};
use crate::sched::Stop;
use std::sync::Arc;
use syncscope_program::event::{Ending, EventKind, State};
use syncscope_program::iface::RUNTIME_ERROR;

/// A panic under way while a deferred call runs.
pub(super) struct Panicking {
    /// The panic's value, as `recover()` gives it.
    value: Value,
    /// The call depth of the deferred function's body: only a `recover()` called there (by
    /// the deferred function itself) stops the panic, as in Go.
    depth: u32,
    recovered: bool,
}

/// The panics before the one that goes on, each a line of the crash Go prints (`panic: first
/// [recovered]` then, indented, `panic: second`); `repanicked` when the one going on is the
/// value a deferred call recovered and panicked with again, which Go says on its own line.
#[derive(Default)]
pub(crate) struct Chain {
    before: Vec<String>,
    repanicked: bool,
}

impl Chain {
    /// The crash's words for the panic `message` that ended the goroutine.
    pub(super) fn told(&self, message: String) -> String {
        let last = if self.repanicked {
            format!("{message} [recovered, repanicked]")
        } else {
            message
        };
        match self.before.is_empty() {
            true => last,
            false => format!("{}\n\t{last}", self.before.join("\n\t")),
        }
    }
}

/// Whether Go lets `recover()` stop it: a panic, not a fatal error (a deadlock, concurrent
/// map writes, unlocking an unlocked mutex) nor syncscope's own stop.
fn recoverable(outcome: &Result<Flow, Stop>) -> bool {
    matches!(outcome, Err(Stop::Panic(m)) if m.starts_with("panic: "))
}

impl Goroutine {
    /// `os.Exit(code)`: the run ends here, with nothing deferred run, in any goroutine.
    pub(super) fn exit(&self, code: i64) -> Stop {
        self.state(State::Done);
        self.emit(EventKind::End(Ending::Exit(code as i32)));
        self.shared.cancel();
        Stop::Cancelled
    }

    /// `panic(v)`: the message Go crashes with, `v` kept for a `recover()`.
    pub(super) fn raise(&self, v: Value) -> Stop {
        // A nil interface (`panic(err)` with no error): Go 1.21's run-time error, which is
        // what `recover` then gives too.
        let v = match v {
            Value::Iface(None) => Value::Str("panic called with nil argument".into()),
            v => v,
        };
        let message = format!("panic: {}", self.panic_text(&v));
        *self.raised.borrow_mut() = Some((message.clone(), v));
        Stop::Panic(message)
    }

    /// A deferred call run under panic `p` (`message`) panicked: `p` becomes a line before
    /// the new one, marked if it was recovered, unless the new one is `p`'s value panicked
    /// again after it was recovered.
    fn went_on(&self, message: &str, p: &Panicking) {
        let again = p.recovered
            && match (&p.value, self.raised.borrow().as_ref()) {
                (Value::Iface(Some(a)), Some((_, Value::Iface(Some(b))))) => Arc::ptr_eq(a, b),
                // A run-time error is boxed as `recover` gives it.
                (Value::Str(text), Some((_, Value::Iface(Some(b))))) => {
                    b.ty == RUNTIME_ERROR && matches!(&b.val, Value::Str(t) if t == text)
                }
                _ => false,
            };
        let mut chain = self.chain.borrow_mut();
        if again {
            chain.repanicked = true;
            return;
        }
        let mark = match (chain.repanicked, p.recovered) {
            (true, _) => " [recovered, repanicked]",
            (false, true) => " [recovered]",
            (false, false) => "",
        };
        chain.before.push(format!("{message}{mark}"));
        chain.repanicked = false;
    }

    /// `recover()`: the value of the panic a deferred call runs under, which stops it; nil
    /// when there is none, or when it is not the deferred function itself that asks.
    /// `string` is the number of the string type, for a panic of the library's text.
    pub(super) fn recover(&self, string: usize) -> Value {
        let mut panicking = self.panicking.borrow_mut();
        match panicking.as_mut() {
            Some(p) if !p.recovered && p.depth == self.depth.get() => {
                p.recovered = true;
                match &p.value {
                    Value::Str(text) => match runtime_error_type(text) {
                        Some(name) => {
                            super::iface::boxed(RUNTIME_ERROR, name.into(), p.value.clone())
                        }
                        None => super::iface::boxed(string, "string".into(), p.value.clone()),
                    },
                    v => v.clone(),
                }
            }
            _ => Value::Iface(None),
        }
    }

    /// The value of the panic `message`: what `panic(v)` was given, or for a run-time
    /// error, its text (`runtime error: index out of range [3] with length 3`).
    fn value_of(&self, message: &str) -> Value {
        match self.raised.borrow_mut().take() {
            Some((m, v)) if m == message => v,
            _ => Value::Str(message.trim_start_matches("panic: ").into()),
        }
    }

    /// Runs a frame's deferred calls, the last first, after its body ended with `outcome`
    /// at call depth `depth`. `Ok(None)`: one of them recovered from its panic.
    #[inline(never)]
    pub(super) fn run_defers(
        &self,
        frame: &mut Frame,
        mut outcome: Result<Flow, Stop>,
        depth: u32,
    ) -> Result<Option<Flow>, Stop> {
        let mut recovered = false;
        while let Some(d) = frame.defers.pop() {
            // `runtime.Goexit` runs every deferred call, as a return does.
            if outcome.is_err() && !recoverable(&outcome) && !matches!(outcome, Err(Stop::Goexit)) {
                break;
            }
            let Err(Stop::Panic(message)) = &outcome else {
                if let Err(stop) = self.call(d.func, d.args, d.cells) {
                    outcome = Err(stop);
                }
                continue;
            };
            let panicking = Panicking {
                value: self.value_of(message),
                depth: depth + 1,
                recovered: false,
            };
            let before = self.panicking.replace(Some(panicking));
            let result = self.call(d.func, d.args, d.cells);
            let after = self.panicking.replace(before);
            match result {
                Err(Stop::Panic(new)) => {
                    if let Some(p) = &after {
                        self.went_on(message, p);
                    }
                    outcome = Err(Stop::Panic(new));
                }
                Err(stop) => outcome = Err(stop),
                Ok(_) if after.is_some_and(|p| p.recovered) => {
                    outcome = Ok(Flow::Next);
                    recovered = true;
                    *self.chain.borrow_mut() = Chain::default();
                }
                Ok(_) => {}
            }
        }
        let flow = outcome?;
        Ok((!recovered).then_some(flow))
    }
}

/// The type of the error Go makes of a run-time panic, by its text; none for a panic of a
/// string the library raises (`sync: negative WaitGroup counter`).
fn runtime_error_type(text: &str) -> Option<&'static str> {
    const PLAIN: [&str; 4] = [
        "assignment to entry in nil map",
        "close of nil channel",
        "close of closed channel",
        "send on closed channel",
    ];
    Some(match text {
        t if t.starts_with("runtime error: index out of range")
            || t.starts_with("runtime error: slice bounds out of range") =>
        {
            "runtime.boundsError"
        }
        t if t.starts_with("runtime error: ") => "runtime.errorString",
        t if t.starts_with("interface conversion: ") => "*runtime.TypeAssertionError",
        t if t.starts_with("panic called with nil argument") => "*runtime.PanicNilError",
        t if PLAIN.contains(&t) => "runtime.plainError",
        _ => return None,
    })
}
