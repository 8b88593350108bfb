//! Package `runtime`: `Gosched`, `GC`, `NumGoroutine`, `NumCPU` and `GOMAXPROCS`.

use super::value::Value;
use super::{Frame, Goroutine};
use crate::sched::Stop;
use syncscope_program::Expr;
use syncscope_program::event::State;
use syncscope_program::limits::MAX_PROCS;

impl Goroutine {
    /// `runtime.Gosched()`: ready to run, behind every goroutine ready before it.
    pub(super) fn gosched(&self) -> Result<(), Stop> {
        self.state(State::Runnable);
        self.shared.sched.gosched(self.gid())?;
        self.state(State::Running);
        Ok(())
    }

    /// `runtime.GC()`: nothing to see while nobody else can run. While others can, Go's
    /// collector parks the caller and lets them run, in an order of its own (its first cycle
    /// starts worker goroutines, its sweep yields): not acted out.
    pub(super) fn gc(&self) -> Result<(), Stop> {
        if self.shared.sched.others_ready() {
            return Err(Stop::Panic(
                "syncscope does not run runtime.GC() while other goroutines are ready to run \
                 yet: Go's collector lets them run in an order of its own"
                    .into(),
            ));
        }
        crate::heap::collected();
        Ok(())
    }

    /// `runtime.GOMAXPROCS(n)`: from now on `n` processors, up to syncscope's most (Go
    /// leaves the setting as it is for n < 1); the processors before.
    pub(super) fn set_procs(&self, n: i64) -> u32 {
        let before = self.shared.sched.procs();
        if n >= 1 {
            let n = u32::try_from(n).unwrap_or(MAX_PROCS).min(MAX_PROCS);
            self.shared.sched.set_procs(self.gid(), n);
        }
        before
    }

    /// The expressions of package `runtime`.
    pub(super) fn eval_runtime(&self, frame: &mut Frame, e: &Expr) -> Result<Value, Stop> {
        Ok(match e {
            Expr::NumGoroutine => Value::Int(self.shared.sched.live() as i64),
            Expr::NumCpu => Value::Int(num_cpu() as i64),
            Expr::Procs(n) => {
                let n = self.eval(frame, n)?.as_int();
                Value::Int(i64::from(self.set_procs(n)))
            }
            other => return Err(self.bug(format!("{other:?} evaluated as runtime's"))),
        })
    }
}

/// Go's `runtime.NumCPU`: the CPUs the process may run on, by its affinity mask (a CPU quota
/// of the container does not count, as it does for the default `GOMAXPROCS`).
fn num_cpu() -> usize {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: a zeroed cpu_set_t is a valid empty set, which sched_getaffinity fills in
        // for this process (pid 0) and CPU_COUNT only reads.
        unsafe {
            let mut set: libc::cpu_set_t = std::mem::zeroed();
            if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) == 0 {
                return (libc::CPU_COUNT(&set) as usize).max(1);
            }
        }
    }
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
