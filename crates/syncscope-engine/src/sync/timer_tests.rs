//! A timer's channel by Go 1.22's rules and by Go 1.23's, on the virtual clock.

use super::timer::Timer;
use crate::sched::Stamp;

/// Go 1.22's channel, a buffer of one.
const OLD: bool = false;
/// Go 1.23's, unbuffered to the program.
const SYNC: bool = true;

/// A moment at the first scheduling point: only time tells them apart.
fn at(us: u64) -> Stamp {
    Stamp { us, point: 0 }
}

#[test]
fn go_1_22_s_timer_fires_once_and_not_in_the_instant_it_is_set() {
    let t = Timer::new(at(10), 10, OLD);
    assert_eq!(t.take(at(10)), None, "not inside the goroutine that set it");
    assert_eq!(t.take(at(11)), Some(10));
    assert_eq!(t.take(at(1_000)), None);
}

#[test]
fn go_1_22_s_timer_due_now_fires_at_the_next_scheduling_point() {
    let set = Stamp { us: 10, point: 5 };
    let t = Timer::new(set, 10, OLD);
    assert_eq!(t.take(set), None, "not inside the goroutine that set it");
    assert_eq!(t.take(Stamp { us: 10, point: 6 }), Some(10));
}

#[test]
fn go_1_22_s_slow_reader_of_a_ticker_loses_ticks() {
    let t = Timer::ticker(at(0), 100, OLD);
    assert_eq!(t.len(at(99)), 0);
    // Ticks at 100..=300: the first waits in the buffer, the rest find it full.
    assert_eq!(t.take(at(350)), Some(100));
    assert_eq!(t.len(at(399)), 0);
    assert_eq!(t.next_due(), Some(400));
    assert_eq!(t.len(at(600)), 1);
    // The tick at 600 ran at the scheduling point that brought time there: it was dropped.
    assert_eq!(t.take(at(600)), Some(400));
    assert_eq!(t.len(at(600)), 0);
    assert_eq!(t.next_due(), Some(700));
}

#[test]
fn go_1_22_s_stop_keeps_a_value_already_there_and_says_whether_it_stopped_a_firing() {
    let t = Timer::new(at(0), 50, OLD);
    assert!(t.stop(at(10)));
    assert_eq!(t.take(at(100)), None);
    assert_eq!(t.next_due(), None);
    let fired = Timer::new(at(0), 50, OLD);
    assert!(!fired.stop(at(60)), "it had fired");
    assert_eq!(fired.take(at(70)), Some(50), "Stop does not drain");
}

#[test]
fn go_1_22_s_reset_sets_the_next_firing_from_now_and_drains_nothing() {
    let t = Timer::new(at(0), 50, OLD);
    assert!(t.reset(at(20), 100));
    assert_eq!(t.take(at(60)), None);
    assert_eq!(t.take(at(120)), Some(120));
    let ticker = Timer::ticker(at(0), 100, OLD);
    ticker.reset(at(150), 30);
    assert_eq!(
        ticker.take(at(180)),
        Some(100),
        "the tick of 100 was not drained"
    );
    assert_eq!(ticker.take(at(180)), None, "the tick of 180 found it full");
    assert_eq!(ticker.next_due(), Some(210));
}

#[test]
fn go_1_23_s_timer_fires_when_looked_at_even_in_the_instant_it_is_set() {
    let t = Timer::new(at(10), 10, SYNC);
    assert_eq!(
        (t.len(at(10)), t.cap()),
        (0, 0),
        "unbuffered to the program"
    );
    assert_eq!(t.take(at(10)), Some(10));
    assert_eq!(t.take(at(1_000)), None);
    assert_eq!(Timer::new(at(10), 10, OLD).cap(), 1);
}

#[test]
fn go_1_23_s_slow_reader_of_a_ticker_gets_the_oldest_missed_tick_and_none_queue() {
    let t = Timer::ticker(at(0), 100, SYNC);
    assert_eq!(t.len(at(350)), 0);
    assert_eq!(t.take(at(350)), Some(100));
    assert_eq!(t.take(at(399)), None);
    assert_eq!(t.next_due(), Some(400));
    assert_eq!(t.take(at(400)), Some(400), "a tick on the instant is taken");
    assert_eq!(t.next_due(), Some(500));
}

#[test]
fn go_1_23_s_stop_and_reset_leave_no_stale_value() {
    let fired = Timer::new(at(0), 50, SYNC);
    assert!(fired.stop(at(60)), "due but never taken: stopped");
    assert_eq!(fired.take(at(70)), None);
    assert!(!fired.stop(at(80)));
    let taken = Timer::new(at(0), 50, SYNC);
    assert_eq!(taken.take(at(50)), Some(50));
    assert!(!taken.stop(at(60)), "its firing was received");
    let reset = Timer::new(at(0), 50, SYNC);
    assert!(reset.reset(at(60), 40));
    assert_eq!(reset.take(at(70)), None, "the firing of 50 is gone");
    assert_eq!(reset.take(at(100)), Some(100));
    let ticker = Timer::ticker(at(0), 100, SYNC);
    ticker.reset(at(150), 30);
    assert_eq!(ticker.take(at(250)), Some(180), "the tick of 100 is gone");
    assert_eq!(ticker.next_due(), Some(270));
}
