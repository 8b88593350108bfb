//! Running out of memory, as Go ends it: a string doubled until the heap cannot hold it. Go
//! is given a small address space (`ulimit -v`), where its allocation fails at once instead
//! of filling the machine; syncscope is given a small budget (`--max-memory`). Both must end
//! with the same words and status, after printing the same.

use super::go;
use super::programs::build;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const DOUBLING: &str = r#"package main

import "fmt"

func main() {
	fmt.Println("doubling")
	s := "x"
	for i := 0; i < 40; i++ {
		s += s
	}
	fmt.Println(len(s))
}
"#;

/// Go's address space, in KiB: its runtime starts in far less, its doubled string does not
/// fit.
const GO_ADDRESS_SPACE_KIB: u32 = 1 << 20;

fn ending(out: &Output) -> (String, Option<String>, Option<i32>) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        go::go_error(&stderr),
        out.status.code(),
    )
}

#[test]
fn running_out_of_memory_ends_as_go_ends_it() {
    if !go::available() {
        return;
    }
    let _alone = go::exclusive();
    let binary = build("out_of_memory", DOUBLING);
    let dir = binary.parent().unwrap_or(Path::new("."));
    let go_out = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {GO_ADDRESS_SPACE_KIB} && exec ./prog"))
        .current_dir(dir)
        .env("GOMAXPROCS", "1")
        .stdin(Stdio::null())
        .output()
        .expect("run the program");
    let ours = Command::new(env!("CARGO_BIN_EXE_syncscope"))
        .arg(dir.join("main.go"))
        .args(["--headless", "--instant", "--max-memory", "64MiB"])
        .stdin(Stdio::null())
        .output()
        .expect("run syncscope");
    let go_ending = ending(&go_out);
    assert_eq!(
        go_ending,
        (
            "doubling\n".to_string(),
            Some("fatal error: out of memory".to_string()),
            Some(2)
        ),
        "Go's stderr: {}",
        String::from_utf8_lossy(&go_out.stderr)
    );
    assert_eq!(ending(&ours), go_ending);
}
