//! The scenario as a complete Go program, generated from the same steps the threads run, so the
//! code beside the lanes is always the program being acted out. One step is one line, which is
//! what lets the code panel put each goroutine's marker on its line.

use super::workload::Workload;
use super::{LockRef, Millis, Op, Scenario, Step};
use std::collections::HashMap;
use syncscope_program::event::{Access, LockMode};
use syncscope_program::{Listing, Site};

/// The program a run acts out: its scenario under its mode, with its numbers (and, for random
/// delays, the delays it drew).
pub(crate) fn generate(info: &Workload) -> Listing {
    let scenario = info.scenario;
    let mut w = Writer {
        scenario,
        mode: info.mode,
        info,
        uses: Uses::default(),
        lines: Vec::new(),
        marks: HashMap::new(),
        func: 0,
        depth: 1,
        has_v: false,
        round: None,
    };
    w.uses.compute = scenario.computes();
    let mut body = Vec::new();
    for (k, group) in scenario.groups.iter().enumerate() {
        w.func = k as u16 + 1;
        w.line(format!("func {}(i int) {{", group.func));
        w.steps(&group.steps);
        w.line("}".into());
        w.line(String::new());
    }
    w.func = 0;
    w.line("func main() {".into());
    if w.uses.compute {
        // The lanes' processors, and the work per millisecond measured before the clock starts.
        w.line(format!("\truntime.GOMAXPROCS({})", info.procs));
        w.line("\tcalibrate()".into());
    }
    w.line("\tstart := time.Now()".into());
    w.steps(&scenario.main);
    w.line("\tfmt.Println(\"Total execution time:\", time.Since(start))".into());
    w.line("\tfmt.Println(\"The results are:\", results)".into());
    w.line("}".into());
    std::mem::swap(&mut body, &mut w.lines);
    let body_marks = std::mem::take(&mut w.marks);

    let (mut head, sites) = w.head();
    let offset = head.len();
    head.extend(body);
    let marks: HashMap<(u16, u16), usize> = body_marks
        .into_iter()
        .map(|(k, line)| (k, line + offset))
        .collect();
    let spawn_line = scenario
        .main
        .iter()
        .find(|s| matches!(s.op, Op::Spawn { .. }))
        .and_then(|s| marks.get(&(0, s.pc)).copied());
    Listing {
        file: "main.go".into(),
        lines: head,
        marks,
        sites,
        funcs: std::iter::once("main".to_string())
            .chain(scenario.groups.iter().map(|g| g.func.clone()))
            .collect(),
        vars: Vec::new(),
        results: "results".into(),
        added: 0,
        spawn_line,
        // A workload's program is written for its mode: nothing runs otherwise than shown.
        changed: Vec::new(),
    }
}

/// What the body needs declared and imported.
#[derive(Default)]
struct Uses {
    wg: bool,
    /// `id(i)`, a goroutine's result.
    id: bool,
    /// `job(r)`, main's value for round `r`.
    job: bool,
    /// `item(i, r)`, a goroutine's value for round `r`.
    item: bool,
    compute: bool,
    delays: bool,
    save: bool,
    show: bool,
}

struct Writer<'a> {
    scenario: &'a Scenario,
    mode: LockMode,
    info: &'a Workload<'a>,
    uses: Uses,
    lines: Vec<String>,
    marks: HashMap<(u16, u16), usize>,
    func: u16,
    depth: usize,
    /// A received value `v` is in scope (a range's or a select case's).
    has_v: bool,
    /// The innermost repeat's loop variable in main.
    round: Option<String>,
}

impl Writer<'_> {
    fn line(&mut self, text: String) {
        self.lines.push(text);
    }

    /// A line at the current depth, marked as step `pc`.
    fn step_line(&mut self, pc: u16, code: String) {
        self.marks.insert((self.func, pc), self.lines.len());
        let indent = "\t".repeat(self.depth);
        self.lines.push(format!("{indent}{code}"));
    }

    fn steps(&mut self, steps: &[Step]) {
        let out = self.scenario.chans.len();
        for step in steps {
            if let Some(op) = step.op.under(self.mode, out) {
                self.op(step.pc, &op);
            }
        }
    }

    fn op(&mut self, pc: u16, op: &Op) {
        let arg = if self.func == 0 { "\"main\"" } else { "id(i)" };
        let code = match op {
            Op::Sleep(ms) => self.sleep(*ms),
            Op::Compute(ms) => format!("compute({})", self.millis(*ms)),
            Op::Lock(r) => format!("{}.{}()", self.lock_name(*r), call(*r, true)),
            Op::Unlock(r) => format!("{}.{}()", self.lock_name(*r), call(*r, false)),
            // gofmt packs a product tight in a call of several arguments.
            Op::Append(ms) => {
                self.uses.save = true;
                self.uses.id |= self.func != 0;
                format!("save({arg}, {})", self.duration(*ms, "*"))
            }
            Op::Read(ms) => {
                self.uses.show = true;
                let who = if self.func == 0 { "0" } else { "i" };
                format!("show({who}, {})", self.duration(*ms, "*"))
            }
            Op::Done => self.wg("wg.Done()"),
            Op::Add(n) => self.wg(&format!("wg.Add({n})")),
            Op::Wait => self.wg("wg.Wait()"),
            Op::Repeat { times, body } => {
                let n = self.info.times(*times);
                // No loop that never runs, and none around a body that runs once (unless
                // main sends its round in it).
                match n {
                    0 => {}
                    1 if !self.counts_rounds(body) => self.steps(body),
                    _ => self.repeat(pc, n, body),
                }
                return;
            }
            Op::Spawn { add } => return self.start_all(pc, Some(*add)),
            Op::Call => return self.start_all(pc, None),
            Op::Range { chan, body } => return self.range(pc, *chan, body),
            Op::Select { cases, default } => return self.select(pc, cases, default.as_deref()),
            Op::Collect => return self.collect(pc),
            Op::Send(_) | Op::Recv(_) | Op::Close(_) | Op::Print(_) => self.chan_line(op),
        };
        self.step_line(pc, code);
    }

    fn repeat(&mut self, pc: u16, n: u32, body: &[Step]) {
        let var = format!("r{}", self.depth);
        self.step_line(pc, format!("for {var} := 0; {var} < {n}; {var}++ {{"));
        // An inner loop that does not count keeps the outer one's round in its sends.
        let outer = self.round.clone();
        if self.counts_rounds(body) {
            self.round = Some(var);
        }
        self.depth += 1;
        self.steps(body);
        self.depth -= 1;
        self.round = outer;
        self.close_brace();
    }

    fn close_brace(&mut self) {
        self.line(format!("{}}}", "\t".repeat(self.depth)));
    }

    fn wg(&mut self, call: &str) -> String {
        self.uses.wg = true;
        call.to_string()
    }

    /// One loop per group: `go f(i)` (after `wg.Add(1)` when `add`), or `f(i)` for `call`.
    fn start_all(&mut self, pc: u16, spawn: Option<bool>) {
        let counts = self.info.counts();
        let mut first = 1;
        let mut marked = false;
        for (group, count) in self.scenario.groups.iter().zip(counts) {
            if count == 0 {
                continue;
            }
            let last = first + count - 1;
            self.line(format!("\tfor i := {first}; i <= {last}; i++ {{"));
            if spawn == Some(true) {
                self.uses.wg = true;
                self.line("\t\twg.Add(1)".into());
            }
            let call = match spawn {
                Some(_) => format!("go {}(i)", group.func),
                None => format!("{}(i)", group.func),
            };
            if marked {
                self.line(format!("\t\t{call}"));
            } else {
                self.depth += 1;
                self.step_line(pc, call);
                self.depth -= 1;
                marked = true;
            }
            self.line("\t}".into());
            first = last + 1;
        }
    }

    fn sleep(&mut self, ms: Millis) -> String {
        let random = self.info.random_delay && self.info.delay_ms > 0;
        if ms == Millis::Delay && random && self.func != 0 {
            self.uses.delays = true;
            return "time.Sleep(time.Duration(delays[i-1]) * time.Millisecond) // the slow call"
                .into();
        }
        let note = if ms == Millis::Delay {
            " // the slow database call"
        } else {
            ""
        };
        format!("time.Sleep({}){note}", self.duration(ms, " * "))
    }

    /// A duration in milliseconds, with `times` as its multiplication sign.
    fn duration(&self, ms: Millis, times: &str) -> String {
        format!("{}{times}time.Millisecond", self.millis(ms))
    }

    fn millis(&self, ms: Millis) -> u64 {
        match ms {
            Millis::Fixed(ms) => ms,
            Millis::Delay => self.info.delay_ms,
            Millis::Write => self.info.write_ms,
            Millis::Read => self.info.read_ms,
        }
    }

    fn lock_name(&self, r: LockRef) -> &str {
        &self.scenario.locks[r.lock]
    }

    /// Package, imports, shared variables and helpers: what the body turned out to use, with
    /// the lines of the helpers' accesses to `results`.
    fn head(&self) -> (Vec<String>, HashMap<Site, usize>) {
        let lock_type = match self.mode {
            LockMode::None | LockMode::Channel => None,
            LockMode::Mutex => Some("sync.Mutex"),
            LockMode::RwMutex => Some("sync.RWMutex"),
        };
        let locks_used = lock_type.is_some() && !self.scenario.locks.is_empty();
        let mut imports = vec!["\"fmt\""];
        if self.uses.compute {
            imports.push("\"runtime\"");
        }
        if self.uses.wg || locks_used {
            imports.push("\"sync\"");
        }
        imports.push("\"time\"");

        let mode_name = match self.mode {
            LockMode::Channel => "results over a channel",
            _ => lock_type.unwrap_or("no lock"),
        };
        let mut out = vec![
            format!(
                "// {}: {} ({mode_name})",
                self.scenario.name, self.scenario.title
            ),
            "package main".into(),
            String::new(),
            "import (".into(),
        ];
        out.extend(imports.iter().map(|i| format!("\t{i}")));
        out.push(")".into());
        out.push(String::new());
        let mut vars = vec![("results", "[]string")];
        if self.uses.wg {
            vars.push(("wg", "sync.WaitGroup"));
        }
        if let Some(t) = lock_type {
            vars.extend(self.scenario.locks.iter().map(|name| (name.as_str(), t)));
        }
        // gofmt lines the types of a var block up in one column.
        let width = vars.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
        out.push("var (".into());
        out.extend(vars.iter().map(|(name, t)| format!("\t{name:<width$} {t}")));
        out.push(")".into());
        out.push(String::new());
        out.extend(self.chan_vars());
        if self.uses.delays {
            out.extend(self.delays());
        }
        let mut sites = HashMap::new();
        for line in self.helpers() {
            let site = match line {
                "\tn := len(results)" => Some(Site::SaveLen),
                "\tresults = append(results[:n], v)" => Some(Site::SaveStore),
                l if l.starts_with("\tfmt.Printf(\"goroutine %d sees") => Some(Site::Show),
                _ => None,
            };
            if let Some(site) = site {
                sites.insert(site, out.len());
            }
            out.push(line.to_string());
        }
        (out, sites)
    }
}

fn call(r: LockRef, lock: bool) -> &'static str {
    match (r.access, lock) {
        (Access::Write, true) => "Lock",
        (Access::Write, false) => "Unlock",
        (Access::Read, true) => "RLock",
        (Access::Read, false) => "RUnlock",
    }
}

mod chans;
mod helpers;
#[cfg(test)]
mod tests;
