//! Package `runtime`'s functions that give a value: `NumGoroutine`, `NumCPU` and
//! `GOMAXPROCS` (whose statement form, like `Gosched`, `GC` and `Goexit`, is a statement call), and its
//! constants `GOOS` and `GOARCH`.

use super::Lowerer;
use super::calls::NO_VALUE;
use crate::go::types::Type;
use syncscope_program::Expr;
use tree_sitter::Node;

impl Lowerer<'_> {
    /// `runtime.<member>(args)` as a value, if syncscope runs it.
    pub(super) fn runtime_call(
        &mut self,
        n: Node,
        member: &str,
        args: &[Node],
    ) -> Option<(Expr, Type)> {
        let full = format!("runtime.{member}");
        Some(match member {
            "NumGoroutine" | "NumCPU" => {
                self.args_as(n, args, &[], &full);
                let e = if member == "NumCPU" {
                    Expr::NumCpu
                } else {
                    Expr::NumGoroutine
                };
                (e, Type::Int)
            }
            "GOMAXPROCS" => {
                let procs = self
                    .args_as(n, args, &[Type::Int], &full)
                    .into_iter()
                    .next();
                let procs = procs.unwrap_or(Expr::int(0));
                (Expr::Procs(Box::new(procs)), Type::Int)
            }
            "ReadMemStats" => self.read_mem_stats(n, args),
            "Gosched" | "GC" | "Goexit" => {
                self.args_as(n, args, &[], &full);
                NO_VALUE
            }
            _ => return None,
        })
    }
}

/// `runtime.GOOS` and `runtime.GOARCH`: typed string constants, the machine's as Go's tool
/// would build for it here (`linux`, `amd64`); `None` for another member.
pub(super) fn constant(member: &str) -> Option<(Expr, Type)> {
    let value = match member {
        "GOOS" => match std::env::consts::OS {
            "macos" => "darwin",
            os => os,
        },
        "GOARCH" => match std::env::consts::ARCH {
            "x86_64" => "amd64",
            "aarch64" => "arm64",
            "x86" => "386",
            "powerpc64" => "ppc64",
            arch => arch,
        },
        _ => return None,
    };
    Some((Expr::str(value), Type::Str))
}
