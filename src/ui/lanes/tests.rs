use super::*;
use crate::model::{ChunkedVec, SUMMARY_BLOCK, Segment};

/// A lane of `n` segments of 10 ns each, running and sleeping in turn.
fn striped(n: u64) -> Model {
    let mut model = Model::new(1);
    let mut lane = Lane::default();
    for i in 0..n {
        let state = if i % 2 == 0 {
            State::Running
        } else {
            State::Sleeping
        };
        let end_ns = (i + 1 < n).then_some(10 * i + 10);
        lane.segments.push(Segment {
            state,
            start_ns: 10 * i,
            end_ns,
        });
    }
    model.lanes = vec![lane];
    model
}

/// The glyphs of the lane's track, a cell of 10 ns from `start_ns`.
fn track(model: &Model, start_ns: u64, cells: u16) -> String {
    let lanes = Swimlanes {
        model,
        now_ns: 10 * model.lanes[0].segments.len() as u64,
        start_ns,
        span_ns: 10 * u64::from(cells),
        cursor_ns: None,
        first: 0,
        spacing: Spacing::Dense,
        axis: false,
    };
    let label = lanes.label_width();
    let area = Rect::new(0, 0, label + cells, 1);
    let mut buf = Buffer::empty(area);
    lanes.render(area, &mut buf);
    (label..label + cells)
        .map(|x| buf[(x, 0)].symbol().to_string())
        .collect()
}

#[test]
fn a_window_deep_in_a_long_history_shows_its_own_segments() {
    let model = striped(200_000);
    let (run, sleep) = (
        style::glyph(State::Running).to_string(),
        style::glyph(State::Sleeping).to_string(),
    );
    for start_segment in [0u64, 1, 99_999, 150_001, 199_960] {
        let want: String = (start_segment..start_segment + 40)
            .map(|i| {
                if i % 2 == 0 {
                    run.clone()
                } else {
                    sleep.clone()
                }
            })
            .collect();
        assert_eq!(
            track(&model, 10 * start_segment, 40),
            want,
            "from segment {start_segment}"
        );
    }
}

/// Lanes of random stretches in random states, from a seeded generator.
fn random_lanes(seed: u64, lanes: usize, changes: usize) -> Model {
    use rand::{RngExt, SeedableRng};
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    // Phases of different mixes, so that cells differ: turns on a processor, waits, locks.
    let phases: [&[State]; 3] = [
        &[State::Running, State::Runnable],
        &[State::Sleeping, State::WaitingRecv, State::Running],
        &[
            State::Writing,
            State::WaitingLock,
            State::Runnable,
            State::Sleeping,
        ],
    ];
    let mut model = Model::new(1);
    for _ in 0..lanes {
        let mut lane = Lane::default();
        let mut at = rng.random_range(0..50u64);
        for i in 0..changes {
            let states = phases[(i / 7919 + rng.random_range(0..2)) % phases.len()];
            lane.enter(states[rng.random_range(0..states.len())], at);
            // Now and then no time at all, as a goroutine's steps at one instant.
            at += [0, 1, 7, 40, 300][rng.random_range(0..5)];
        }
        model.lanes.push(lane);
    }
    model
}

fn drawn(model: &Model, start_ns: u64, span_ns: u64, now_ns: u64) -> Buffer {
    let lanes = Swimlanes {
        model,
        now_ns,
        start_ns,
        span_ns,
        cursor_ns: None,
        first: 0,
        spacing: Spacing::Dense,
        axis: false,
    };
    let area = Rect::new(0, 0, 40, model.lanes.len() as u16);
    let mut buf = Buffer::empty(area);
    lanes.render(area, &mut buf);
    buf
}

#[test]
fn blocks_drawn_from_their_summaries_look_as_drawn_segment_by_segment() {
    let model = random_lanes(7, 2, 1600 * SUMMARY_BLOCK + 33);
    // Most blocks lie inside one of the whole run's 37 cells: their summaries are drawn.
    assert!(model.lanes.iter().all(|l| l.summaries.len() >= 1200));
    let mut plain = model.clone();
    for lane in &mut plain.lanes {
        lane.summaries = ChunkedVec::new();
    }
    let end = model.lanes[0].segments.last().map_or(0, |s| s.start_ns) + 100;
    for (start, span) in [(0, end), (0, end / 3), (end / 5, end / 2), (1234, 40_000)] {
        assert_eq!(
            drawn(&model, start, span, end),
            drawn(&plain, start, span, end),
            "window {start}+{span}"
        );
    }
}

#[test]
fn hand_off_blocks_are_marked_as_their_hand_offs_one_by_one() {
    use crate::model::{ChanHandoff, MARK_BLOCK};
    use rand::{RngExt, SeedableRng};
    let mut model = random_lanes(3, 4, 2_000);
    let end = model.lanes[0].segments.last().map_or(0, |s| s.start_ns) + 100;
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    let mut at = 0;
    for i in 0..400 * MARK_BLOCK {
        // Mostly between two lanes, now and then to all four (a block naming too many).
        let to = if i % 5000 < 300 {
            rng.random_range(0..4)
        } else {
            (i % 2) as u32
        };
        at = (at + rng.random_range(0..3u64)).min(end);
        model.chans.push_handoff(ChanHandoff {
            at_ns: at.saturating_sub(rng.random_range(0..2)),
            chan: 0,
            from: Gid(1 - to.min(1)),
            to: Gid(to),
            value: "v".into(),
        });
    }
    assert_eq!(model.chans.handoff_blocks.len(), 400);
    let mut plain = model.clone();
    plain.chans.handoff_blocks = ChunkedVec::new();
    for (start, span) in [(0, end), (end / 4, end / 3), (100, 900)] {
        assert_eq!(
            drawn(&model, start, span, end),
            drawn(&plain, start, span, end),
            "window {start}+{span}"
        );
    }
}
