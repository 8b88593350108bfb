//! What the page replays, taken from a finished run: the lanes' segments, and at chosen
//! moments the panels as the TUI draws them then.

use crate::event::{Gid, State};
use crate::model::{EventStore, Model};
use crate::program::Listing;
use crate::ui::{panel_text, style};
use ratatui::style::Color;
use serde::Serialize;

/// At most this many moments carry panels: a long run's page stays small, and the cursor
/// shows the latest moment at or before it.
const MOST_MOMENTS: usize = 400;

#[derive(Serialize)]
pub(super) struct Page {
    pub(super) title: String,
    pub(super) text: String,
    pub(super) predict: String,
    pub(super) file: String,
    pub(super) code: Vec<String>,
    pub(super) total_us: u64,
    pub(super) states: Vec<StateKey>,
    pub(super) lanes: Vec<LaneData>,
    /// Who printed each line, and the line.
    pub(super) output: Vec<(String, String)>,
    pub(super) moments: Vec<Moment>,
    /// Which panels the run has something for.
    pub(super) shows: Shows,
}

#[derive(Serialize)]
pub(super) struct Shows {
    output: bool,
    locks: bool,
    chans: bool,
}

#[derive(Serialize)]
pub(super) struct StateKey {
    name: &'static str,
    glyph: String,
    colour: String,
}

#[derive(Serialize)]
pub(super) struct LaneData {
    name: String,
    /// `[start_us, end_us, state]`, the state an index into the page's states.
    segments: Vec<(u64, u64, usize)>,
}

/// The panels at one moment of the run.
#[derive(Serialize)]
pub(super) struct Moment {
    at: u64,
    locks: Vec<String>,
    chans: Vec<String>,
    /// How many output lines were printed by then.
    printed: usize,
    /// The 0-based code lines goroutines are at, with their names.
    at_lines: Vec<(usize, String)>,
}

pub(super) fn page(model: &Model, listing: &Listing, page_colour: Color) -> Option<Page> {
    let info = model.info.as_ref()?;
    let lesson = &info.lesson;
    let total_us = model.total_us().unwrap_or(model.last_us()).max(1);
    let colour = |s: State| {
        style::color(s).map_or_else(
            || "#888888".into(),
            |c| crate::picture::svg::hex(c, page_colour),
        )
    };
    let states = State::ALL
        .iter()
        .map(|&s| StateKey {
            name: s.name(),
            glyph: style::glyph(s).to_string(),
            colour: colour(s),
        })
        .collect();
    let index = |s: State| State::ALL.iter().position(|&x| x == s).unwrap_or(0);
    let lanes = model
        .lanes
        .iter()
        .enumerate()
        .map(|(i, lane)| LaneData {
            name: Gid(i as u32).to_string(),
            segments: lane
                .segments
                .iter()
                // The page's times are microseconds (its `#at=` too).
                .map(|s| {
                    let end = s.end_ns.map_or(total_us, |ns| ns / 1000);
                    (s.start_ns / 1000, end, index(s.state))
                })
                .collect(),
        })
        .collect();
    let dropped = model.output.dropped;
    Some(Page {
        title: lesson.title.clone(),
        text: lesson.text.clone(),
        predict: lesson.predict.clone(),
        file: listing.file.clone(),
        code: listing.lines.clone(),
        total_us,
        states,
        lanes,
        output: model
            .output
            .lines
            .iter()
            .map(|l| {
                (
                    l.who.to_string(),
                    crate::safe_text::output(&l.text).into_owned(),
                )
            })
            .collect(),
        moments: moments(model, listing, dropped),
        shows: Shows {
            output: !model.output.lines.is_empty(),
            locks: lesson.uses.locks || !model.locks.is_empty(),
            chans: lesson.uses.chans || !model.chans.is_empty(),
        },
    })
}

/// The model replayed event by event, with the panels taken at the last event of each chosen
/// moment.
fn moments(model: &Model, listing: &Listing, final_dropped: usize) -> Vec<Moment> {
    let events = &model.events;
    let chosen = chosen(events);
    let mut replay = Model::new(model.run);
    let mut out = Vec::with_capacity(chosen.len());
    let mut next = chosen.iter().peekable();
    for (i, event) in events.iter().enumerate() {
        replay.apply(&event);
        if next.peek() == Some(&&i) {
            next.next();
            let printed =
                (replay.output.lines.len() + replay.output.dropped).saturating_sub(final_dropped);
            out.push(Moment {
                at: event.at_us(),
                locks: panel_text::locks(&replay, event.at_us()),
                chans: panel_text::chans(&replay),
                printed,
                at_lines: at_lines(&replay, listing),
            });
        }
    }
    out
}

/// The last event of each moment of virtual time, thinned evenly to `MOST_MOMENTS` (the
/// run's end always kept).
fn chosen(events: &EventStore) -> Vec<usize> {
    let count = moment_ends(events).count();
    if count <= MOST_MOMENTS {
        return moment_ends(events).collect();
    }
    // Which of the moments to keep, by their order among the moments: evenly spread, the
    // last one always, without holding every moment of a run of millions of events.
    let step = count as f64 / MOST_MOMENTS as f64;
    let mut wanted: Vec<usize> = (0..MOST_MOMENTS)
        .map(|k| (k as f64 * step) as usize)
        .collect();
    wanted.push(count - 1);
    wanted.dedup();
    let mut wanted = wanted.into_iter().peekable();
    moment_ends(events)
        .enumerate()
        .filter(|(nth, _)| wanted.next_if_eq(nth).is_some())
        .map(|(_, i)| i)
        .collect()
}

/// The index of the last event of each moment of virtual time, in order.
fn moment_ends(events: &EventStore) -> impl Iterator<Item = usize> + '_ {
    let mut times = events.iter().map(|e| e.at_us()).enumerate().peekable();
    std::iter::from_fn(move || {
        loop {
            let (i, at) = times.next()?;
            if times.peek().is_none_or(|&(_, next)| next != at) {
                return Some(i);
            }
        }
    })
}

/// Who is at which line: goroutines still going (a deadlocked one stays at its line).
fn at_lines(model: &Model, listing: &Listing) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for (i, lane) in model.lanes.iter().enumerate() {
        let (Some((func, pc)), Some(state)) = (lane.at, lane.current()) else {
            continue;
        };
        if state.is_final() && state != State::Deadlocked {
            continue;
        }
        if let Some(line) = listing.line_of(func, pc) {
            let name = Gid(i as u32).to_string();
            match out.iter_mut().find(|(l, _)| *l == line) {
                Some((_, names)) => {
                    names.push(' ');
                    names.push_str(&name);
                }
                None => out.push((line, name)),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{Event, EventKind};

    /// Two events a moment, `moments` moments.
    fn store(moments: u64) -> EventStore {
        let mut store = EventStore::new(1);
        for seq in 0..moments * 2 {
            store.push(&Event {
                run: 1,
                seq,
                at_ns: seq / 2 * 1000,
                who: Gid::MAIN,
                kind: EventKind::LoadLen(0),
            });
        }
        store
    }

    #[test]
    fn each_moment_is_its_last_event_thinned_evenly_to_the_most_kept_with_the_end() {
        assert_eq!(chosen(&store(3)), vec![1, 3, 5]);
        let many = chosen(&store(1000));
        assert_eq!(many.len(), MOST_MOMENTS + 1);
        assert_eq!(many.first(), Some(&1));
        assert_eq!(many.last(), Some(&1999), "the run's end");
        assert!(many.windows(2).all(|w| w[0] < w[1] && w[0] % 2 == 1));
        // Evenly: 1000 moments to 400 is one every two and a half.
        assert_eq!(&many[..5], &[1, 5, 11, 15, 21]);
    }
}
