//! `text/template`'s calls: `template.New`, `t.Parse` (which changes the template in place,
//! as Go's pointer is shared), `template.Must`, `t.Execute` on one of the program's files,
//! and `t.Name`. A template's text is parsed by `template_parse` and run by
//! `template_exec`; what syncscope does not run of it stops the run in one line.

use super::Goroutine;
use super::iface::{new_error, typed_error};
use super::pointers::NIL_POINTER;
use super::slices::SliceVal;
use super::template_exec::{Exec, Fail};
use super::template_parse::{Failed, Node, parse};
use super::template_values::{TV, unboxed};
use super::value::Value;
use crate::sched::Stop;
use std::sync::{Arc, Mutex};
use syncscope_program::template::TmplOp;

/// What a function gives for no error, and a nil `*Template`.
const NIL: Value = Value::Chan(None);

#[derive(Debug)]
pub(crate) struct Tmpl {
    name: Arc<str>,
    /// The text parsed last and its tree; `None` before a `Parse` that worked.
    parsed: Option<(Arc<str>, Arc<Vec<Node>>)>,
}

/// A `*template.Template`: shared, as Go's pointer is.
#[derive(Debug, Clone)]
pub(crate) struct TemplateRef(Arc<Mutex<Tmpl>>);

impl PartialEq for TemplateRef {
    fn eq(&self, other: &TemplateRef) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl TemplateRef {
    fn state(&self) -> std::sync::MutexGuard<'_, Tmpl> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

fn not_run(what: &str) -> Stop {
    Stop::Panic(format!("syncscope does not run {what} yet"))
}

impl Goroutine {
    pub(super) fn template_lib(&self, op: TmplOp, args: &[Value]) -> Result<Value, Stop> {
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Unit);
        let template = || match arg(0) {
            Value::Template(t) => Ok(t),
            _ => Err(Stop::Panic(NIL_POINTER.into())),
        };
        match op {
            TmplOp::New => {
                let name: Arc<str> = match arg(0) {
                    Value::Str(s) => s,
                    _ => "".into(),
                };
                let t = Tmpl { name, parsed: None };
                Ok(Value::Template(TemplateRef(Arc::new(Mutex::new(t)))))
            }
            TmplOp::Name => Ok(Value::Str(template()?.state().name.clone())),
            TmplOp::Parse => {
                let t = template()?;
                let text: Arc<str> = match arg(1) {
                    Value::Str(s) => s,
                    _ => "".into(),
                };
                let name = t.state().name.clone();
                let pair = |a: Value, b: Value| Value::Slice(SliceVal::new(vec![a, b]));
                match parse(&name, &text) {
                    Ok(tree) => {
                        // Go keeps a template's tree over one of only spaces and comments.
                        let blank = tree
                            .iter()
                            .all(|n| matches!(n, Node::Text(s) if s.trim().is_empty()));
                        let mut state = t.state();
                        if !(blank && state.parsed.is_some()) {
                            state.parsed = Some((text, Arc::new(tree)));
                        }
                        drop(state);
                        Ok(pair(Value::Template(t), NIL))
                    }
                    Err(Failed::Go(why)) => Ok(pair(NIL, new_error(&why))),
                    Err(Failed::NotRun(what)) => Err(not_run(&what)),
                }
            }
            TmplOp::Must => {
                let (t, err) = match args {
                    [Value::Slice(pair)] => (pair.get(0), pair.get(1)),
                    [t, err] => (Some(t.clone()), Some(err.clone())),
                    _ => (None, None),
                };
                match err {
                    Some(e @ Value::Iface(Some(_))) => Err(self.raise(e)),
                    _ => Ok(t.unwrap_or(NIL)),
                }
            }
            TmplOp::Execute(shape) => {
                let t = template()?;
                let (name, parsed) = {
                    let state = t.state();
                    (state.name.clone(), state.parsed.clone())
                };
                let Some((text, tree)) = parsed else {
                    let why = format!(
                        "template: {name}: {} is an incomplete or empty template",
                        super::strconv::quote(&name)
                    );
                    return Ok(typed_error(why, "template.ExecError"));
                };
                let shapes = &self.shared.program.json;
                // Go's reflect sees what an `any` holds.
                let data = match unboxed(TV::V(arg(2), Some(shape)), shapes) {
                    Ok(Some(d)) => d,
                    Ok(None) => TV::Missing,
                    Err(what) => return Err(not_run(&what)),
                };
                let mut run = Exec::new(self, &name, &text, data.clone());
                let outcome = run.walk(&data, &tree);
                let out = std::mem::take(&mut run.out);
                // What it wrote before Go's error is written; a run that stops writes nothing.
                let writes = matches!(outcome, Ok(()) | Err(Fail::Go(_)));
                if writes && !out.is_empty() {
                    self.write_to(arg(1).as_int(), out);
                }
                match outcome {
                    Ok(()) => Ok(NIL),
                    Err(Fail::Go(why)) => Ok(typed_error(why, "template.ExecError")),
                    Err(Fail::NotRun(what)) => Err(not_run(&what)),
                    Err(Fail::Run(stop)) => Err(stop),
                }
            }
        }
    }
}
