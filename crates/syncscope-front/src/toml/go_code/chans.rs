//! The channel steps as Go: the lines `lower::chans` runs, one step a line.

use super::Writer;
use crate::toml::lower::{range_binds, sends_here};
use crate::toml::{Op, SelectCase, SelectComm, Step};
use syncscope_program::event::LockMode;

/// `text` as a Go string literal (the scenario's text is plain: no control characters).
fn quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

impl Writer<'_> {
    /// Whether `body` sends its round, so the loop around it is kept and counted.
    pub(super) fn counts_rounds(&self, body: &[Step]) -> bool {
        !self.has_v && sends_here(body)
    }

    fn chan_name(&self, k: usize) -> &str {
        self.scenario
            .chans
            .get(k)
            .map_or("out", |(n, _)| n.as_str())
    }

    /// What a send sends here (as `lower::chans` has it).
    fn sent(&mut self) -> String {
        if self.has_v {
            return "v".into();
        }
        match (self.func, &self.round) {
            (0, Some(r)) => {
                self.uses.job = true;
                format!("job({r})")
            }
            (0, None) => "\"main\"".into(),
            (_, Some(r)) => {
                self.uses.item = true;
                format!("item(i, {r})")
            }
            (_, None) => {
                self.uses.id = true;
                "id(i)".into()
            }
        }
    }

    pub(super) fn chan_line(&mut self, op: &Op) -> String {
        match op {
            Op::Send(k) => {
                let v = self.sent();
                format!("{} <- {v}", self.chan_name(*k))
            }
            Op::Recv(k) if self.func == 0 => {
                format!("results = append(results, <-{})", self.chan_name(*k))
            }
            Op::Recv(k) => format!("<-{}", self.chan_name(*k)),
            Op::Close(k) => format!("close({})", self.chan_name(*k)),
            Op::Print(text) => format!("fmt.Println({})", quoted(text)),
            _ => String::new(),
        }
    }

    fn indented(&mut self, code: &str) {
        let indent = "\t".repeat(self.depth);
        self.line(format!("{indent}{code}"));
    }

    pub(super) fn range(&mut self, pc: u16, chan: usize, body: &[Step]) {
        let binds = self.func == 0 || range_binds(body);
        let name = self.chan_name(chan).to_string();
        let head = if binds {
            format!("for v := range {name} {{")
        } else {
            format!("for range {name} {{")
        };
        self.step_line(pc, head);
        let outer = self.has_v;
        self.has_v |= binds;
        self.depth += 1;
        if self.func == 0 {
            self.indented("results = append(results, v)");
        }
        self.steps(body);
        self.depth -= 1;
        self.has_v = outer;
        self.close_brace();
    }

    pub(super) fn select(&mut self, pc: u16, cases: &[SelectCase], default: Option<&[Step]>) {
        self.step_line(pc, "select {".into());
        for case in cases {
            let head = match case.comm {
                SelectComm::Send(k) => {
                    let v = self.sent();
                    format!("case {} <- {v}:", self.chan_name(k))
                }
                SelectComm::Recv(k) if self.func == 0 => {
                    format!("case v := <-{}:", self.chan_name(k))
                }
                SelectComm::Recv(k) => format!("case <-{}:", self.chan_name(k)),
                SelectComm::After(ms) => format!("case <-time.After({}):", self.after(ms)),
            };
            self.step_line(case.pc, head);
            self.depth += 1;
            let outer = self.has_v;
            if self.func == 0 && matches!(case.comm, SelectComm::Recv(_)) {
                self.has_v = true;
                self.indented("results = append(results, v)");
            }
            self.steps(&case.body);
            self.has_v = outer;
            self.depth -= 1;
        }
        if let Some(body) = default {
            self.indented("default:");
            self.depth += 1;
            self.steps(body);
            self.depth -= 1;
        }
        self.close_brace();
    }

    /// A `time.After`'s duration: a goroutine's own drawn delay when delays are random, as
    /// its sleeps have it.
    fn after(&mut self, ms: crate::toml::Millis) -> String {
        let random = self.info.random_delay && self.info.delay_ms > 0;
        if ms == crate::toml::Millis::Delay && random && self.func != 0 {
            self.uses.delays = true;
            return "time.Duration(delays[i-1]) * time.Millisecond".into();
        }
        self.duration(ms, " * ")
    }

    /// The channel mode's end of main: save each result as it comes, then wait.
    pub(super) fn collect(&mut self, pc: u16) {
        let n = self.info.expected();
        let hold = self.duration(crate::toml::Millis::Write, "*");
        self.uses.save = true;
        self.uses.wg = true;
        self.step_line(pc, format!("for n := 0; n < {n}; n++ {{"));
        self.depth += 1;
        self.indented(&format!("save(<-out, {hold})"));
        self.depth -= 1;
        self.close_brace();
        self.indented("wg.Wait()");
    }

    /// The channels, made before main runs.
    pub(super) fn chan_vars(&self) -> Vec<String> {
        let mut chans: Vec<(&str, u32)> = self
            .scenario
            .chans
            .iter()
            .map(|(n, c)| (n.as_str(), *c))
            .collect();
        if self.mode == LockMode::Channel {
            chans.push(("out", 0));
        }
        if chans.is_empty() {
            return Vec::new();
        }
        let width = chans.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
        let mut out = vec!["var (".to_string()];
        for (name, cap) in chans {
            let made = match cap {
                0 => "make(chan string)".to_string(),
                c => format!("make(chan string, {c})"),
            };
            out.push(format!("\t{name:<width$} = {made}"));
        }
        out.push(")".into());
        out.push(String::new());
        out
    }
}
