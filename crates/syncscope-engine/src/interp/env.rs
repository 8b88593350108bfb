//! `os.Getenv`, `os.LookupEnv`, `os.Setenv`, `os.Unsetenv` and `os.Environ` on the run's own
//! environment: a copy of syncscope's at the run's start, so a run changes no other run's
//! and the process's is never touched. Changed as Go's syscall package changes its copy
//! (src/syscall/env_unix.go): a key set again keeps its place, a new one goes last.

use super::Goroutine;
use super::value::Value;
use std::sync::Mutex;
use syncscope_program::Lib;

#[derive(Debug)]
pub(crate) struct Env(Mutex<Vec<(String, String)>>);

impl Env {
    /// The process's environment now; of keys given twice, the first counts, as in Go.
    pub(crate) fn from_process() -> Env {
        let mut vars: Vec<(String, String)> = Vec::new();
        for (k, v) in std::env::vars_os() {
            let k = k.to_string_lossy().into_owned();
            if !vars.iter().any(|(have, _)| *have == k) {
                vars.push((k, v.to_string_lossy().into_owned()));
            }
        }
        Env(Mutex::new(vars))
    }

    fn vars(&self) -> std::sync::MutexGuard<'_, Vec<(String, String)>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Go's `setenv: invalid argument`, of `*os.SyscallError`.
fn invalid() -> Value {
    super::iface::typed_error("setenv: invalid argument".into(), "*os.SyscallError")
}

impl Goroutine {
    /// An environment function's value; `None` for another function.
    pub(super) fn env_lib(&self, f: Lib, values: &[Value]) -> Option<Value> {
        let text = |i: usize| match values.get(i) {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        };
        let env = &self.shared.env;
        let nil = Value::Iface(None);
        Some(match f {
            Lib::Getenv => {
                let key = text(0);
                let vars = env.vars();
                let found = vars.iter().find(|(k, _)| *k == key);
                Value::Str(found.map_or("", |(_, v)| v.as_str()).into())
            }
            Lib::LookupEnv => {
                let key = text(0);
                let vars = env.vars();
                let found = vars.iter().find(|(k, _)| *k == key);
                let value = Value::Str(found.map_or("", |(_, v)| v.as_str()).into());
                let pair = vec![value, Value::Bool(found.is_some())];
                Value::Slice(super::slices::SliceVal::new(pair))
            }
            Lib::Setenv => {
                let (key, value) = (text(0), text(1));
                if key.is_empty() || key.contains(['=', '\0']) || value.contains('\0') {
                    return Some(invalid());
                }
                let mut vars = env.vars();
                match vars.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, v)) => *v = value,
                    None => vars.push((key, value)),
                }
                nil
            }
            Lib::Unsetenv => {
                let key = text(0);
                env.vars().retain(|(k, _)| *k != key);
                nil
            }
            Lib::Environ => {
                let vars = env.vars();
                let all = vars
                    .iter()
                    .map(|(k, v)| Value::Str(format!("{k}={v}").into()));
                Value::Slice(super::slices::SliceVal::new(all.collect()))
            }
            _ => return None,
        })
    }
}
