//! The OS threads that play runs' goroutines, kept for reuse: each is a run's machine, which
//! plays every goroutine of the run as a fiber (see `fibers`), and goes back to the pool when
//! the run's last goroutine returns or the run is cancelled, so runs started one after
//! another reuse the same threads. At most `MAX_THREADS` exist at once: a run that needs one
//! more waits for one to come back.

use crossbeam_channel::{Receiver, Sender, bounded};
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock};
use std::thread;
use std::time::Duration;

/// The most machines alive at once, over every run: the runs going on (four in the compare
/// view), those still unwinding after a switch, and those of runs started by an embedder
/// that never cancels them (their blocked goroutines keep their machine).
pub const MAX_THREADS: usize = 1024;

/// A machine's own stack: its goroutines run on their fibers' stacks.
const STACK: usize = 256 * 1024;

/// How long a spawn waits for a thread to come back before it gives up.
const WAIT_FOR_A_THREAD: Duration = Duration::from_secs(30);

type Job = Box<dyn FnOnce() + Send>;

pub struct Pool {
    limit: usize,
    state: Mutex<State>,
    returned: Condvar,
}

struct State {
    /// Threads waiting for a goroutine to play, each behind its own channel.
    idle: Vec<Sender<Job>>,
    threads: usize,
}

/// The pool every run shares.
pub(crate) fn global() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| Pool::new(MAX_THREADS))
}

impl Pool {
    pub(crate) fn new(limit: usize) -> Pool {
        Pool {
            limit,
            state: Mutex::new(State {
                idle: Vec::new(),
                threads: 0,
            }),
            returned: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Threads alive now, idle ones included.
    #[cfg(test)]
    fn threads(&self) -> usize {
        self.lock().threads
    }

    /// Runs `job` on a pooled thread: an idle one, a new one while there are fewer than the
    /// limit, or the first to come back. Errors are in Go's words for a failed thread.
    pub(crate) fn spawn(&'static self, job: impl FnOnce() + Send + 'static) -> Result<(), String> {
        let mut job: Job = Box::new(job);
        let mut st = self.lock();
        loop {
            if let Some(worker) = st.idle.pop() {
                drop(st);
                match worker.send(job) {
                    Ok(()) => return Ok(()),
                    // That thread is gone; try the next.
                    Err(back) => {
                        job = back.into_inner();
                        st = self.lock();
                        continue;
                    }
                }
            }
            if st.threads < self.limit {
                st.threads += 1;
                drop(st);
                return self.start(job).inspect_err(|_| self.lock().threads -= 1);
            }
            let (back, timeout) = self
                .returned
                .wait_timeout(st, WAIT_FOR_A_THREAD)
                .unwrap_or_else(|e| e.into_inner());
            st = back;
            if timeout.timed_out() && st.idle.is_empty() {
                return Err(format!(
                    "runtime: failed to create new OS thread (all {} threads in use)",
                    self.limit
                ));
            }
        }
    }

    fn start(&'static self, job: Job) -> Result<(), String> {
        let (tx, rx) = bounded::<Job>(1);
        let back = tx.clone();
        tx.send(job)
            .map_err(|_| "runtime: a new thread lost its job".to_string())?;
        thread::Builder::new()
            .name("machine".into())
            .stack_size(STACK)
            .spawn(move || self.work(rx, back))
            .map(drop)
            .map_err(|e| format!("runtime: failed to create new OS thread ({e})"))
    }

    /// A pooled thread: plays one run's machine after another.
    fn work(&self, jobs: Receiver<Job>, me: Sender<Job>) {
        while let Ok(job) = jobs.recv() {
            // A run's machine catches its fibers' panics; anything that escapes must not take
            // a pooled thread, and its count, with it.
            let _ = panic::catch_unwind(AssertUnwindSafe(job));
            crate::stack::release_kept();
            self.lock().idle.push(me.clone());
            self.returned.notify_one();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    fn small(limit: usize) -> &'static Pool {
        Box::leak(Box::new(Pool::new(limit)))
    }

    #[test]
    fn a_thread_that_came_back_plays_the_next_goroutine() {
        let pool = small(4);
        let (tx, rx) = mpsc::channel();
        let tx2 = tx.clone();
        pool.spawn(move || tx.send(thread::current().id()).expect("send"))
            .expect("spawn");
        let first = rx.recv().expect("ran");
        while pool.lock().idle.is_empty() {
            thread::yield_now();
        }
        pool.spawn(move || tx2.send(thread::current().id()).expect("send"))
            .expect("spawn");
        assert_eq!(rx.recv().expect("ran"), first);
        assert_eq!(pool.threads(), 1);
    }

    #[test]
    fn past_the_limit_a_spawn_waits_for_a_thread_to_come_back() {
        let pool = small(2);
        let (release_tx, release_rx) = mpsc::channel::<()>();
        let release_rx = std::sync::Arc::new(std::sync::Mutex::new(release_rx));
        for _ in 0..2 {
            let rx = release_rx.clone();
            pool.spawn(move || {
                let _ = rx.lock().expect("lock").recv();
            })
            .expect("spawn");
        }
        let (done_tx, done_rx) = mpsc::channel();
        let waiter = thread::spawn(move || {
            pool.spawn(move || done_tx.send(()).expect("send"))
                .expect("spawn")
        });
        assert!(
            done_rx.recv_timeout(Duration::from_millis(50)).is_err(),
            "the third job waits while both threads are busy"
        );
        release_tx.send(()).expect("release one");
        done_rx
            .recv_timeout(Duration::from_secs(10))
            .expect("ran once one came back");
        waiter.join().expect("joined");
        assert_eq!(pool.threads(), 2);
        release_tx.send(()).expect("release the other");
    }
}
