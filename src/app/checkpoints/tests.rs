use super::*;
use crate::event::RunInfo;
use crate::headless::{Narration, run};
use crate::sched::Pacing;
use std::sync::Arc;

/// The Tour's channel pages and the seeds' lessons are short; this one has a few
/// hundred events.
fn finished_run() -> Model {
    let lesson = crate::front::toml::built_in("mutex")
        .and_then(Result::ok)
        .expect("a built-in lesson");
    let info = RunInfo::new(Arc::new(lesson), 7);
    run(info, Pacing::Instant, 1.0, Narration::Quiet).expect("runs")
}

/// Channel ping-pong and a contended mutex: thousands of hand-offs of both kinds, and lanes,
/// processors and hand-offs long enough to fill several chunks each.
const HANDOFFS: &str = r#"package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 2500; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				mu.Lock()
				count++
				// Held across a sleep, so that the others wait for it whenever the
				// processors wake.
				time.Sleep(time.Microsecond)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(sum, count)
}
"#;

fn handoffs_run() -> Model {
    let lesson = crate::front::go::load("handoffs.go", HANDOFFS).expect("it loads");
    let info = RunInfo::new(Arc::new(lesson), 9);
    run(info, Pacing::Instant, 1.0, Narration::Quiet).expect("runs")
}

fn from_scratch(model: &Model, applied: usize) -> Model {
    let mut view = Model::new(model.run);
    for e in model.events.iter().take(applied) {
        view.apply(&e);
    }
    view
}

#[test]
fn a_view_from_a_checkpoint_or_the_last_view_is_the_view_from_the_start() {
    let model = finished_run();
    let len = model.events.len();
    assert!(len > 100, "{len} events");
    let mut checkpoints = Checkpoints {
        spacing: 16,
        ..Checkpoints::default()
    };
    let mut near = None;
    // Far forward, back, a step on from the last view, back again, to the very end.
    for applied in [len * 2 / 3, len / 3, len / 3 + 1, 17, 5, len] {
        let view = checkpoints.rebuild(&model, near.take(), applied);
        assert_eq!(
            view,
            from_scratch(&model, applied),
            "after {applied} events"
        );
        near = Some(view);
    }
    assert_eq!(checkpoints.kept.len(), len / 16, "one every 16 events");
    assert!(
        checkpoints
            .kept
            .iter()
            .all(|(at, _, m)| m.events.len() == *at)
    );
}

#[test]
fn checkpoints_of_another_run_are_dropped() {
    let model = finished_run();
    let mut checkpoints = Checkpoints {
        spacing: 16,
        ..Checkpoints::default()
    };
    checkpoints.rebuild(&model, None, 40);
    assert_eq!(checkpoints.kept.len(), 2);
    let mut next = from_scratch(&model, model.events.len());
    next.run += 1;
    let view = checkpoints.rebuild(&next, None, 0);
    assert_eq!(view.run, next.run);
    assert!(checkpoints.kept.is_empty());
}

#[test]
fn views_from_checkpoints_of_a_run_of_many_handoffs_are_the_views_from_the_start() {
    let model = handoffs_run();
    let len = model.events.len();
    let segments: usize = model.lanes.iter().map(|l| l.segments.len()).sum();
    assert!(
        model.chans.handoffs.len() > 2000,
        "{} hand-offs",
        model.chans.handoffs.len()
    );
    assert!(!model.handoffs.is_empty(), "the mutex was handed on");
    assert!(segments > 5000, "{segments} segments");
    let mut checkpoints = Checkpoints {
        spacing: 1024,
        ..Checkpoints::default()
    };
    let mut near = None;
    for applied in [len - 1, len / 2, len / 2 + 3, len / 5, 2049, len * 9 / 10] {
        let view = checkpoints.rebuild(&model, near.take(), applied);
        assert_eq!(
            view,
            from_scratch(&model, applied),
            "after {applied} events"
        );
        near = Some(view);
    }
    assert_eq!(checkpoints.kept.len(), (len - 1) / 1024);
}

#[test]
fn checkpoints_taken_live_are_the_run_as_it_was() {
    let model = handoffs_run();
    let mut checkpoints = Checkpoints {
        spacing: 4096,
        ..Checkpoints::default()
    };
    let mut live = Model::new(model.run);
    for e in model.events.iter() {
        live.apply(&e);
        checkpoints.live(&live);
    }
    assert_eq!(checkpoints.kept.len(), model.events.len() / 4096);
    for (at, _, kept) in &checkpoints.kept {
        assert_eq!(kept, &from_scratch(&model, *at), "after {at} events");
    }
    let applied = model.events.len() - 10;
    let view = checkpoints.rebuild(&model, None, applied);
    assert_eq!(view, from_scratch(&model, applied));
}

#[test]
fn checkpoints_past_their_bytes_thin_out_to_the_end_of_the_run() {
    let model = handoffs_run();
    let len = model.events.len();
    let one = from_scratch(&model, len / 2).clone_bytes();
    let mut checkpoints = Checkpoints {
        spacing: 256,
        max_bytes: one * 6,
        ..Checkpoints::default()
    };
    let view = checkpoints.rebuild(&model, None, len);
    assert_eq!(view, model);
    assert!(checkpoints.spacing > 256, "spacing {}", checkpoints.spacing);
    assert!(checkpoints.bytes <= checkpoints.max_bytes);
    let spacing = checkpoints.spacing;
    assert!(checkpoints.kept.iter().all(|(at, _, _)| at % spacing == 0));
    let last = checkpoints.kept.last().map_or(0, |(at, _, _)| *at);
    assert!(
        len - last < spacing * 2,
        "a checkpoint near the end: {last} of {len}"
    );
    let applied = len - 5;
    let view = checkpoints.rebuild(&model, None, applied);
    assert_eq!(view, from_scratch(&model, applied));
}
