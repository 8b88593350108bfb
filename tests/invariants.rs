//! The event-stream invariants (`support::invariants`) over a thousand seeded random runs of
//! every built-in scenario in every mode it allows, and hand-built bad streams showing that
//! each rule can fail.

mod support;

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};
use support::invariants::{self, Summary};
use syncscope::channel::channel;
use syncscope::engine;
use syncscope::event::{Event, EventKind, LockMode, RunInfo};
use syncscope::front::toml::{BUILT_IN, parse};
use syncscope::program::Lesson;
use syncscope::sched::Pacing;

/// Fixed, so a failure comes back on the next `cargo test`.
const MASTER_SEED: u64 = 0x5ca1_ab1e;
const RUNS: usize = 1_000;
/// A run that takes this long hangs: instant pacing ends every run, deadlocks included.
const HANG: Duration = Duration::from_secs(60);

/// One random run of the scenario and mode the cycle is at.
fn plan(scenario: &Arc<Lesson>, mode: LockMode, rng: &mut StdRng) -> RunInfo {
    let mut info = RunInfo::new(scenario.clone(), rng.random_range(0..1_000_000));
    info.mode = mode;
    let workload = scenario.uses.workload.expect("a workload");
    if workload.free_count {
        info.workers = rng.random_range(workload.fixed_goroutines.max(1)..=64);
    }
    // Small numbers make ties: goroutines that wake at the same instant and collide.
    info.delay_ms = rng.random_range(0..=30);
    info.random_delay |= rng.random_bool(0.5);
    info.write_ms = rng.random_range(0..=4);
    info.read_ms = rng.random_range(0..=4);
    info.reads = rng.random_range(0..=3);
    info
}

/// The command line that repeats the run (thread timing aside).
fn command(info: &RunInfo) -> String {
    let workers = if info.lesson.uses.workload.is_some_and(|w| w.free_count) {
        format!(" --workers {}", info.workers)
    } else {
        String::new()
    };
    let random = if info.random_delay {
        " --random-delay"
    } else {
        ""
    };
    format!(
        "cargo run -- --instant --scenario {} --mode {}{workers} --delay {}{random} --seed {} \
         --write-ms {} --read-ms {} --reads {}",
        info.lesson.name,
        info.mode.key(),
        info.delay_ms,
        info.seed,
        info.write_ms,
        info.read_ms,
        info.reads
    )
}

/// Every run, cycling through every built-in scenario under every mode it allows.
fn plans() -> Vec<RunInfo> {
    let cycle: Vec<(Arc<Lesson>, LockMode)> = BUILT_IN
        .iter()
        .map(|(name, text)| Arc::new(parse(name, text).expect("built-ins parse")))
        .flat_map(|s| s.modes.clone().into_iter().map(move |m| (s.clone(), m)))
        .collect();
    let mut rng = StdRng::seed_from_u64(MASTER_SEED);
    (0..RUNS)
        .map(|i| {
            let (scenario, mode) = &cycle[i % cycle.len()];
            plan(scenario, *mode, &mut rng)
        })
        .collect()
}

/// One run's whole event stream, straight from the engine's channel: not through the model,
/// which keeps only its own run's events and caps their number.
fn events_of(info: &RunInfo) -> Vec<Event> {
    let (sink, source) = channel();
    let handle = engine::start(
        engine::RunConfig::new(1, info.clone(), Pacing::Instant, 1.0),
        sink,
    );
    let mut events = Vec::new();
    for batch in source.iter() {
        let ended = batch.iter().any(|e| matches!(e.kind, EventKind::End(_)));
        events.extend(batch);
        if ended {
            break;
        }
    }
    handle.cancel();
    events
}

enum Report {
    Started(usize),
    Checked(usize, Result<Summary, String>),
}

#[test]
fn a_thousand_random_runs_keep_every_invariant() {
    let started = Instant::now();
    let plans = Arc::new(plans());
    let next = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel();
    // Runs block on their own threads most of the time; one run per core halves the wait.
    let parallel = std::thread::available_parallelism().map_or(2, |n| n.get());
    for _ in 0..parallel {
        let (plans, next, tx) = (plans.clone(), next.clone(), tx.clone());
        std::thread::spawn(move || {
            loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(info) = plans.get(i) else { break };
                let _ = tx.send(Report::Started(i));
                let checked = invariants::check(info, &events_of(info));
                let _ = tx.send(Report::Checked(i, checked));
            }
        });
    }
    drop(tx);
    let mut running = BTreeSet::new();
    let mut summaries = Vec::new();
    while summaries.len() < RUNS {
        match rx.recv_timeout(HANG) {
            Ok(Report::Started(i)) => {
                running.insert(i);
            }
            Ok(Report::Checked(i, Ok(summary))) => {
                running.remove(&i);
                summaries.push((i, summary));
            }
            Ok(Report::Checked(i, Err(why))) => {
                panic!("run {i} broke a rule: {why}\nrerun: {}", command(&plans[i]))
            }
            Err(_) => {
                let hung: Vec<String> = running.iter().map(|&i| command(&plans[i])).collect();
                panic!(
                    "runs did not end (hung, or their thread died):\n{}",
                    hung.join("\n")
                )
            }
        }
    }
    let (mut lost_without_lock, mut max_readers, mut ahead) = (0, 0, 0);
    let starving: usize = summaries.iter().map(|(_, s)| s.starving_handoffs).sum();
    for (i, summary) in &summaries {
        match plans[*i].mode {
            LockMode::None => lost_without_lock += summary.lost_updates,
            LockMode::RwMutex => {
                max_readers = max_readers.max(summary.max_readers);
                ahead += summary.readers_ahead_of_writer;
            }
            LockMode::Mutex | LockMode::Channel => {}
        }
    }
    let chans = summaries.iter().fold((0, 0, 0, 0), |acc, (_, s)| {
        let c = s.chans;
        (
            acc.0 + c.values,
            acc.1 + c.handoffs,
            acc.2 + c.full_buffer_waits,
            acc.3 + c.closed_receives,
        )
    });
    // The channel rules were put to work: values passed both ways, full buffers, closes.
    assert!(
        chans.0 > 0 && chans.1 > 0,
        "no value passed over a channel: {chans:?}"
    );
    assert!(chans.2 > 0, "no sender ever waited for room in a buffer");
    assert!(chans.3 > 0, "no receive ever returned because of a close");
    assert!(
        lost_without_lock > 0,
        "no run without a lock lost an update"
    );
    // The RWMutex rules were put to work, not passed for want of readers.
    assert!(max_readers >= 2, "readers never shared");
    assert!(ahead > 0, "no reader ever went ahead of a waiting writer");
    assert!(
        starving > 0,
        "no Mutex was ever handed over in starvation mode"
    );
    eprintln!(
        "{RUNS} runs in {:.1?}: {lost_without_lock} updates lost without a lock, \
         {ahead} readers let in ahead of a waiting writer, {starving} starvation hand-offs",
        started.elapsed()
    );
}

/// Hand-built streams: each rule, broken once, must be caught with words that say which.
mod rules {
    use super::invariants::{check, check_prefix};
    use std::sync::Arc;
    use syncscope::event::Access::{Read, Write};
    use syncscope::event::LockAction::{Acquire, Claim, Release, Requeue, Wait, Woken};
    use syncscope::event::{
        Access, ChanOp, Ending, Event, EventKind, Gid, LockAction, LockMode, RunInfo, WgCount,
    };
    use syncscope::front::toml::built_in;

    /// A run of a built-in scenario told event by event: each gets the next seq and time.
    struct Stream {
        info: RunInfo,
        events: Vec<Event>,
    }

    impl Stream {
        fn new(scenario: &str, mode: LockMode) -> Stream {
            let scenario = built_in(scenario).expect("built in").expect("parses");
            let mut info = RunInfo::new(Arc::new(scenario), 1);
            info.mode = mode;
            let started = EventKind::RunStarted(Box::new(info.clone()));
            let mut stream = Stream {
                info,
                events: Vec::new(),
            };
            stream.push(0, started);
            stream
        }

        fn push(&mut self, who: u32, kind: EventKind) -> &mut Stream {
            let seq = self.events.len() as u64;
            self.events.push(Event {
                run: 1,
                seq,
                at_ns: seq * 10_000,
                who: Gid(who),
                kind,
            });
            self
        }

        /// A step on lock 0.
        fn lock(&mut self, who: u32, access: Access, action: LockAction) -> &mut Stream {
            self.lock_n(0, who, access, action)
        }

        fn lock_n(
            &mut self,
            lock: usize,
            who: u32,
            access: Access,
            action: LockAction,
        ) -> &mut Stream {
            let kind = EventKind::Lock {
                lock,
                access,
                action,
            };
            self.push(who, kind)
        }

        /// `who` appends its id at `slot`, over `overwrote`, and sets the length to `len`.
        fn append(
            &mut self,
            who: u32,
            slot: usize,
            overwrote: Option<u32>,
            len: usize,
        ) -> &mut Stream {
            let store = EventKind::Store {
                slot,
                value: format!("id{who}").into(),
                overwrote: overwrote.map(|v| format!("id{v}").into()),
            };
            self.push(who, store).push(who, EventKind::Len(len))
        }

        fn end(&mut self) -> &mut Stream {
            self.push(0, EventKind::End(Ending::Finished))
        }

        fn check(&self) -> Result<super::Summary, String> {
            check(&self.info, &self.events)
        }

        /// The check must fail, saying `words`.
        fn broken(&self, words: &str) {
            match self.check() {
                Ok(summary) => panic!("passed ({summary:?}); expected: {words}"),
                Err(why) => assert!(why.contains(words), "{why:?} does not say {words:?}"),
            }
        }
    }

    /// Channel `chan` of the stream: `who` does `op` on it.
    fn chan(s: &mut Stream, who: u32, op: ChanOp) -> &mut Stream {
        s.push(who, EventKind::Chan { chan: 0, op })
    }

    fn made(cap: u32) -> Stream {
        let mut s = Stream::new("semaphore", LockMode::None);
        let name = "queue".into();
        chan(&mut s, 0, ChanOp::Make { name, cap });
        s
    }

    fn send(v: &str, to: Option<u32>) -> ChanOp {
        ChanOp::Send {
            value: v.into(),
            to: to.map(Gid),
        }
    }

    fn recv(v: &str, from: Option<u32>) -> ChanOp {
        ChanOp::Recv {
            value: v.into(),
            ok: true,
            from: from.map(Gid),
        }
    }

    #[test]
    fn a_clean_channel_run_passes() {
        let mut s = made(1);
        chan(&mut s, 0, send("job1", None));
        let wait = ChanOp::Wait {
            send: Some("job2".into()),
            select: false,
        };
        chan(&mut s, 0, wait);
        chan(&mut s, 1, recv("job1", None));
        chan(&mut s, 0, send("job2", None));
        chan(&mut s, 1, recv("job2", None)).end();
        let counts = s.check().map(|sum| sum.chans.values);
        assert_eq!(counts, Ok(2));
    }

    #[test]
    fn an_overfull_buffer_is_caught() {
        let mut s = made(1);
        chan(&mut s, 0, send("job1", None));
        chan(&mut s, 0, send("job2", None)).end();
        s.broken("a buffer of 1 holds 2");
    }

    #[test]
    fn values_out_of_order_are_caught() {
        let mut s = made(2);
        chan(&mut s, 0, send("job1", None));
        chan(&mut s, 0, send("job2", None));
        chan(&mut s, 1, recv("job2", None)).end();
        s.broken("received job2 but job1 was first in");
    }

    #[test]
    fn a_value_nobody_sent_is_caught() {
        let mut s = made(0);
        chan(&mut s, 1, recv("job1", None)).end();
        s.broken("a receive from an empty buffer");
    }

    #[test]
    fn a_receiver_served_out_of_turn_is_caught() {
        let mut s = made(0);
        for who in [1, 2] {
            let wait = ChanOp::Wait {
                send: None,
                select: false,
            };
            chan(&mut s, who, wait);
        }
        chan(&mut s, 0, send("main", Some(2)));
        chan(&mut s, 2, recv("main", Some(0))).end();
        s.broken("the queue is not FIFO");
    }

    #[test]
    fn a_closed_receive_from_an_open_channel_is_caught() {
        let mut s = made(0);
        let closed = ChanOp::Recv {
            value: "".into(),
            ok: false,
            from: None,
        };
        chan(&mut s, 1, closed).end();
        s.broken("ok == false from a channel that is open");
    }

    #[test]
    fn a_clean_mutex_run_passes() {
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.lock(1, Write, Acquire).lock(2, Write, Wait);
        s.append(1, 0, None, 1)
            .lock(1, Write, Release)
            .lock(2, Write, Acquire);
        s.append(2, 1, None, 2).lock(2, Write, Release).end();
        assert_eq!(s.check().map(|sum| sum.lost_updates), Ok(0));
    }

    #[test]
    fn overlapping_mutex_holders_are_caught() {
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.lock(1, Write, Acquire).lock(2, Write, Acquire).end();
        s.broken("g2 got mu while g1 holds it for writing");
    }

    #[test]
    fn holders_are_counted_per_lock() {
        let mut s = Stream::new("lock-order", LockMode::Mutex);
        s.lock_n(0, 1, Write, Acquire).lock_n(1, 2, Write, Acquire);
        s.lock_n(0, 2, Write, Wait).lock_n(1, 1, Write, Wait);
        s.push(0, EventKind::End(Ending::Deadlock));
        assert!(s.check().is_ok(), "{:?}", s.check());
        s.events.pop();
        s.lock_n(1, 1, Write, Acquire).end();
        s.broken("g1 got listB while g2 holds it");
    }

    #[test]
    fn a_writer_overlapping_a_reader_is_caught() {
        let mut s = Stream::new("rwmutex", LockMode::RwMutex);
        s.lock(1, Read, Acquire)
            .lock(2, Read, Acquire)
            .lock(3, Write, Acquire)
            .end();
        s.broken("g3 got mu for writing while readers [Gid(1), Gid(2)] hold it");
    }

    #[test]
    fn a_reader_overlapping_a_writer_is_caught() {
        let mut s = Stream::new("rwmutex", LockMode::RwMutex);
        s.lock(1, Write, Acquire).lock(2, Read, Acquire).end();
        s.broken("g2 got mu while g1 holds it for writing");
    }

    #[test]
    fn readers_share() {
        let mut s = Stream::new("rwmutex", LockMode::RwMutex);
        s.lock(1, Read, Acquire).lock(2, Read, Acquire);
        s.lock(1, Read, Release).lock(2, Read, Release).end();
        assert_eq!(s.check().map(|sum| sum.max_readers), Ok(2));
    }

    #[test]
    fn a_starving_mutex_goes_to_the_first_waiter_only() {
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.lock(1, Write, Acquire)
            .lock(2, Write, Wait)
            .lock(3, Write, Wait)
            .lock(1, Write, Release)
            .lock(2, Write, Woken);
        s.lock(1, Write, Acquire);
        s.push(2, EventKind::Starving { lock: 0, on: true });
        s.lock(2, Write, Requeue { front: true });
        s.lock(1, Write, Release).lock(2, Write, Woken);
        let mut fair = Stream::new("mutex", LockMode::Mutex);
        fair.events = s.events.clone();
        fair.lock(2, Write, Acquire).lock(2, Write, Release).end();
        assert!(fair.check().is_ok(), "{:?}", fair.check());
        s.lock(3, Write, Acquire).end();
        s.broken("g3 got mu in starvation mode ahead of Gid(2)");
    }

    #[test]
    fn a_newcomer_cannot_take_a_starving_mutex() {
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.lock(1, Write, Acquire).lock(2, Write, Wait);
        s.push(2, EventKind::Starving { lock: 0, on: true });
        s.lock(1, Write, Release).lock(3, Write, Acquire).end();
        s.broken("g3 got mu in starvation mode without waiting");
    }

    #[test]
    fn a_reader_barging_into_a_writers_turn_is_caught() {
        let mut s = Stream::new("rwmutex", LockMode::RwMutex);
        s.lock(1, Read, Acquire)
            .lock(2, Write, Claim)
            .lock(2, Write, Wait)
            .lock(3, Read, Acquire)
            .end();
        s.broken("g3 got mu for reading during g2's turn");
    }

    #[test]
    fn a_reader_queued_after_a_writer_claimed_may_not_go_first() {
        let mut s = Stream::new("rwmutex", LockMode::RwMutex);
        s.lock(1, Read, Acquire)
            .lock(2, Write, Claim)
            .lock(2, Write, Wait)
            .lock(3, Read, Wait);
        s.lock(1, Read, Release).lock(3, Read, Acquire).end();
        s.broken("g3 queued at event 4, after the turn began");
    }

    #[test]
    fn two_writers_turns_at_once_are_caught() {
        let mut s = Stream::new("rwmutex", LockMode::RwMutex);
        s.lock(1, Read, Acquire)
            .lock(2, Write, Claim)
            .lock(3, Write, Claim)
            .end();
        s.broken("g3 claims the writers' turn of mu during g2's");
    }

    /// Go's `RWMutex.Unlock` wakes the readers blocked during the write before it unlocks the
    /// writers' Mutex (`rw.w`), and the next writer claims its turn only once it holds `rw.w`.
    /// So a reader that queued during g1's write, after g2 began waiting behind g1, still goes
    /// ahead of g2, inside g2's turn: it queued before that turn began.
    #[test]
    fn readers_blocked_by_a_writer_go_before_the_next_writer_as_in_go() {
        let mut s = Stream::new("rwmutex", LockMode::RwMutex);
        s.lock(1, Write, Acquire)
            .lock(2, Write, Wait)
            .lock(3, Read, Wait);
        s.lock(1, Write, Release)
            .lock(2, Write, Claim)
            .lock(3, Read, Acquire)
            .lock(3, Read, Release);
        s.lock(2, Write, Acquire).lock(2, Write, Release).end();
        assert_eq!(s.check().map(|sum| sum.readers_ahead_of_writer), Ok(1));
    }

    #[test]
    fn a_negative_counter_is_caught_outside_done_twice() {
        let mut s = Stream::new("waitgroup", LockMode::None);
        s.push(0, EventKind::WaitGroup(WgCount::new(1, 1)))
            .push(1, EventKind::WaitGroup(WgCount::new(1, 0)));
        s.push(2, EventKind::WaitGroup(WgCount::new(1, -1))).end();
        s.broken("the WaitGroup counter went to -1 outside done-twice");
    }

    #[test]
    fn done_twice_goes_negative_only_into_gos_panic() {
        let panic = Ending::Panic("panic: sync: negative WaitGroup counter".into());
        let mut s = Stream::new("done-twice", LockMode::Mutex);
        s.push(0, EventKind::WaitGroup(WgCount::new(1, 1)))
            .push(1, EventKind::WaitGroup(WgCount::new(1, 0)));
        s.push(1, EventKind::WaitGroup(WgCount::new(1, -1)));
        let mut finished = Stream::new("done-twice", LockMode::Mutex);
        finished.events = s.events.clone();
        s.push(1, EventKind::End(panic));
        assert!(s.check().is_ok(), "{:?}", s.check());
        finished
            .end()
            .broken("went negative, but the run ended Finished");
    }

    #[test]
    fn an_overwrite_under_a_mutex_is_caught() {
        let mut s = Stream::new("race", LockMode::Mutex);
        s.append(1, 0, None, 1).append(2, 0, Some(1), 1).end();
        s.broken("a lost update under Mutex: the append overwrote id1 in results[0]");
    }

    #[test]
    fn an_append_cut_off_under_a_lock_is_caught() {
        let mut s = Stream::new("race", LockMode::RwMutex);
        s.append(1, 0, None, 1)
            .append(2, 1, None, 2)
            .push(3, EventKind::Len(1))
            .end();
        s.broken("2 of 3 completed appends are missing from results under RWMutex");
    }

    #[test]
    fn without_a_lock_lost_updates_are_counted_not_refused() {
        let mut s = Stream::new("race", LockMode::None);
        s.append(1, 0, None, 1)
            .append(3, 1, None, 2)
            .append(2, 0, Some(1), 1)
            .end();
        // g1's id was overwritten, and g3's cut off by g2's shorter length.
        assert_eq!(s.check().map(|sum| sum.lost_updates), Ok(2));
    }

    #[test]
    fn a_missing_event_is_caught() {
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.lock(1, Write, Acquire)
            .lock(1, Write, Release)
            .lock(2, Write, Acquire)
            .end();
        s.events.remove(2);
        s.broken("seq 3 where 2 was due: an event is missing");
    }

    #[test]
    fn a_whole_run_ends_with_end_and_a_prefix_need_not() {
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.lock(1, Write, Acquire);
        s.broken("the stream ends without End");
        assert!(check_prefix(&s.events).is_ok());
        s.end().lock(1, Write, Release);
        s.broken("comes after the run's End");
    }

    #[test]
    fn a_run_starts_with_its_own_run_started() {
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.end();
        let mut other = s.info.clone();
        other.workers += 1;
        let err = check(&other, &s.events).expect_err("another RunInfo");
        assert!(err.contains("carries another RunInfo"), "{err}");
        s.events.remove(0);
        for (seq, e) in s.events.iter_mut().enumerate() {
            e.seq = seq as u64;
        }
        s.broken("a run has one RunStarted, and it comes first");
    }

    #[test]
    fn time_never_goes_back() {
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.lock(1, Write, Acquire).lock(1, Write, Release).end();
        s.events[2].at_ns = 5_000;
        s.broken("time went back from 10000 ns");
    }

    #[test]
    fn a_release_by_a_goroutine_not_holding_the_lock_is_caught() {
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.lock(1, Write, Acquire).lock(2, Write, Release).end();
        s.broken("g2 released mu (Write) without holding it");
    }

    #[test]
    fn lock_events_must_match_the_mode() {
        let mut s = Stream::new("race", LockMode::None);
        s.lock(1, Write, Acquire).end();
        s.broken("a lock event under none");
        let mut s = Stream::new("mutex", LockMode::Mutex);
        s.lock(1, Read, Acquire).end();
        s.broken("a read lock under Mutex");
    }
}
