//! A TOML scenario as a lesson: its program, Go code and outline are made for each run from
//! its steps and the run's numbers.

use super::workload::Workload;
use super::{Op, Scenario, Step, dones_from, find, go_code, lower};
use std::collections::HashMap;
use std::sync::Arc;
use syncscope_program::event::RunInfo;
use syncscope_program::{
    Build, DoneTable, Lesson, Listing, Outline, Program, Source, Uses, WorkloadCounts,
};

/// The scenario behind a lesson, which builds each run's program.
#[derive(Debug)]
struct TomlBuild {
    scenario: Scenario,
}

impl TomlBuild {
    fn workload<'a>(&'a self, info: &'a RunInfo) -> Workload<'a> {
        Workload {
            scenario: &self.scenario,
            info,
        }
    }
}

impl Build for TomlBuild {
    fn program(&self, run: &RunInfo) -> Program {
        lower::lower(&self.workload(run))
    }

    fn listing(&self, run: &RunInfo) -> Listing {
        go_code::generate(&self.workload(run))
    }

    fn outline(&self, run: &RunInfo) -> Outline {
        let w = self.workload(run);
        let scenario = &self.scenario;
        Outline {
            lanes: w.lane_count(),
            most_goroutines: w.workers.max(scenario.fixed_goroutines()),
            // What main receives on a scenario's channels is what came.
            expected_results: scenario.chans.is_empty().then(|| w.expected()),
            span_us: w.expected_span_us(),
            dones: done_table(&w),
        }
    }
}

/// The scenario as the lesson a front end hands over.
pub(crate) fn lesson_of(scenario: Scenario) -> Lesson {
    Lesson {
        name: scenario.name.clone(),
        title: scenario.title.clone(),
        text: scenario.lesson.clone(),
        predict: scenario.predict.clone(),
        mode: scenario.mode,
        modes: scenario.modes.clone(),
        not_offered: Vec::new(),
        locks: scenario.locks.clone(),
        knobs: scenario.timing.clone(),
        uses: Uses {
            workload: Some(WorkloadCounts {
                free_count: scenario.has_free_count(),
                fixed_goroutines: scenario.fixed_goroutines(),
            }),
            processors: scenario.computes(),
            sets_procs: false,
            chans: !scenario.chans.is_empty(),
            conds: false,
            wait_groups: if scenario.uses_wait_group() {
                vec![(lower::WG as u32, "wg".into())]
            } else {
                Vec::new()
            },
            locks: !scenario.locks.is_empty(),
            own_output: false,
            results: true,
        },
        source: Source {
            kind: "toml".into(),
            text: scenario.source.clone(),
        },
        build: Arc::new(TomlBuild { scenario }),
    }
}

/// The `Done` calls ahead of every lane and after every step; none when `Add` steps, or main
/// calling the functions itself, leave the future open.
fn done_table(w: &Workload) -> Option<DoneTable> {
    let scenario = w.scenario;
    let adds = |steps: &[Step]| steps.iter().any(|s| has_add(&s.op));
    let unbounded = adds(&scenario.main)
        || scenario.groups.iter().any(|g| adds(&g.steps))
        || scenario.main.iter().any(|s| s.op == Op::Call);
    if unbounded {
        return None;
    }
    let times = |c| w.times(c);
    let mut lanes = vec![dones_from(&scenario.main, 0, &times)];
    if w.spawns() {
        let per_group: Vec<u64> = scenario
            .groups
            .iter()
            .map(|g| dones_from(&g.steps, 0, &times))
            .collect();
        lanes.extend(w.goroutines().map(|(_, g)| per_group[g]));
    }
    let mut steps = HashMap::new();
    for func in 0..=scenario.groups.len() as u16 {
        let body = scenario.function(func);
        every_pc(body, &mut |pc| {
            let ahead = dones_from(body, pc.saturating_add(1), &times);
            let doing_done = matches!(find(body, pc), Some(Op::Done));
            steps.insert((func, pc), (ahead, doing_done));
        });
    }
    Some(DoneTable { lanes, steps })
}

/// Every place the code panel can show a lane at: each step's, and each select case's (the
/// engine reports the case it takes).
fn every_pc(steps: &[Step], f: &mut dyn FnMut(u16)) {
    for s in steps {
        f(s.pc);
        if let Op::Select { cases, .. } = &s.op {
            cases.iter().for_each(|c| f(c.pc));
        }
        for nested in s.op.nested() {
            every_pc(nested, f);
        }
    }
}

fn has_add(op: &Op) -> bool {
    match op {
        Op::Add(_) => true,
        Op::Repeat { body, .. } => body.iter().any(|s| has_add(&s.op)),
        _ => false,
    }
}
