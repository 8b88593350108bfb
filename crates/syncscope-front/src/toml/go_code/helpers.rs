//! The program's fixed parts: the delays a run drew and the helper functions the body uses.

use super::Writer;

impl Writer<'_> {
    /// The delays the run drew, so that `go run` sleeps what the lanes show.
    pub(super) fn delays(&self) -> Vec<String> {
        let drawn: Vec<String> = self.info.delays_ms().iter().map(u64::to_string).collect();
        let mut out = vec![format!(
            "// The random delays of this run (seed {}) in milliseconds, g1's first.",
            self.info.seed
        )];
        if drawn.len() <= 10 {
            out.push(format!("var delays = []int{{{}}}", drawn.join(", ")));
        } else {
            out.push("var delays = []int{".into());
            out.extend(drawn.chunks(10).map(|row| format!("\t{},", row.join(", "))));
            out.push("}".into());
        }
        out.push(String::new());
        out
    }

    pub(super) fn helpers(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        if self.uses.compute {
            out.extend([
                "// Rounds of arithmetic per millisecond on this machine, measured by calibrate.",
                "var spinsPerMs int",
                "",
                "// sink keeps the compiler from dropping the arithmetic as unused.",
                "var sink int",
                "",
                "func spin(n int) int {",
                "\tx := 1",
                "\tfor i := 0; i < n; i++ {",
                "\t\tx = x*31 + i",
                "\t}",
                "\treturn x",
                "}",
                "",
                "func calibrate() {",
                "\tconst rounds = 50000000",
                "\tstart := time.Now()",
                "\tsink = spin(rounds)",
                "\tms := float64(time.Since(start)) / float64(time.Millisecond)",
                "\tspinsPerMs = int(rounds / ms)",
                "}",
                "",
                "// compute keeps a processor busy for about ms milliseconds: CPU work.",
                "func compute(ms int) {",
                "\tsink += spin(ms * spinsPerMs)",
                "}",
                "",
            ]);
        }
        if self.uses.id {
            out.extend([
                "func id(i int) string { return fmt.Sprintf(\"id%d\", i) }",
                "",
            ]);
        }
        if self.uses.job {
            out.extend([
                "func job(r int) string { return fmt.Sprintf(\"job%d\", r+1) }",
                "",
            ]);
        }
        if self.uses.item {
            out.extend([
                "func item(i, r int) string { return fmt.Sprintf(\"id%d.%d\", i, r+1) }",
                "",
            ]);
        }
        if self.uses.save {
            out.extend([
                "// save appends v the way append does: read the length, store after it.",
                "// Another goroutine can read the same length while this one holds.",
                "func save(v string, hold time.Duration) {",
                "\tn := len(results)",
                "\ttime.Sleep(hold)",
                "\tresults = append(results[:n], v)",
                "}",
                "",
            ]);
        }
        if self.uses.show {
            out.extend([
                "// show reads the results, taking hold to do it.",
                "func show(i int, hold time.Duration) {",
                "\tfmt.Printf(\"goroutine %d sees %d results\\n\", i, len(results))",
                "\ttime.Sleep(hold)",
                "}",
                "",
            ]);
        }
        out
    }
}
