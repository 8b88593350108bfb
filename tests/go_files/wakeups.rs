//! Waking an idle processor takes time, as in Go: on two processors a goroutine readied while
//! the others sleep runs on the processor that readied it, and a second processor takes the
//! rest only once it is up (130 µs, what Go 1.26 most often takes on this machine). The
//! programs are in `tests/against_go/programs/`, where Go prints the same orders.

use super::{go_info, run};

fn lines(name: &str, seed: u64) -> Vec<String> {
    let path = format!(
        "{}/tests/against_go/programs/{name}.go",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the program");
    let mut info = go_info(name, &text, seed);
    info.procs = 2;
    let model = run(info);
    model.output.text.lines().map(str::to_string).collect()
}

#[test]
fn the_goroutine_started_last_runs_first_before_an_idle_processor_wakes() {
    for seed in 1..=3 {
        let order: Vec<String> = lines("runners_behind_a_gate", seed)
            .into_iter()
            .skip(1)
            .collect();
        assert_eq!(
            order,
            [
                "runner 4 off",
                "runner 0 off",
                "runner 1 off",
                "runner 2 off",
                "runner 3 off"
            ],
            "seed {seed}"
        );
    }
}

#[test]
fn sleepers_woken_together_run_the_last_readied_first() {
    for seed in 1..=3 {
        let cooks: Vec<String> = lines("cooks_woken_together", seed)
            .iter()
            .map(|l| l.split(' ').next().unwrap_or_default().to_string())
            .collect();
        assert_eq!(
            cooks,
            ["ana", "ben", "ben", "ana", "ana", "ben", "ben", "ana"],
            "seed {seed}"
        );
    }
}
