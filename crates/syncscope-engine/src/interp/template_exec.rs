//! Running a parsed template on the data: text written as it is, actions' values printed as
//! fmt's `%v` prints them, `if`, `range` and `with`, variables, fields of structs and keys of
//! maps, with Go's execution errors (`template: t:1:2: executing "t" at <.X>: ...`).

use super::template_parse::{Arg, Branch, Cmd, Node, Pipe, Term};
use super::template_show as show;
use super::template_values::{TV, deref, number, truth, type_name, unboxed};
use super::value::Value;
use syncscope_program::json::{Shape, Shapes};

/// Why a run stopped: Go's error, what syncscope does not run, or the run's own stop.
pub(super) enum Fail {
    Go(String),
    NotRun(String),
    Run(crate::sched::Stop),
}

pub(super) type Ran<T> = Result<T, Fail>;

/// The most one `Execute` writes: it is written at once when the template ends.
const MAX_OUT: usize = 64 << 20;

pub(super) struct Exec<'a> {
    /// The goroutine running it, which reads what a pointer points to.
    pub(super) g: &'a super::Goroutine,
    pub(super) name: &'a str,
    pub(super) text: &'a str,
    pub(super) shapes: &'a Shapes,
    pub(super) out: String,
    pub(super) vars: Vec<(String, TV)>,
    /// The argument evaluated last, where Go places an assignment's error.
    pub(super) last: (usize, String),
}

impl<'a> Exec<'a> {
    pub(super) fn new(g: &'a super::Goroutine, name: &'a str, text: &'a str, data: TV) -> Exec<'a> {
        Exec {
            g,
            name,
            text,
            shapes: &g.shared.program.json,
            out: String::new(),
            vars: vec![("$".into(), data)],
            last: (0, String::new()),
        }
    }

    /// Go's execution error at a node.
    pub(super) fn fail(&self, pos: usize, at: &str, why: &str) -> Fail {
        let place = show::place(self.name, self.text, pos);
        let name = super::strconv::quote(self.name);
        Fail::Go(format!(
            "template: {place}: executing {name} at <{at}>: {why}"
        ))
    }

    pub(super) fn walk(&mut self, dot: &TV, nodes: &[Node]) -> Ran<()> {
        for n in nodes {
            match n {
                Node::Text(t) => self.write(t)?,
                Node::Action(p) => {
                    let v = self.pipe(dot, p)?;
                    if p.decl.is_empty() {
                        self.print(&v, p.pos, &format!("{{{{{}}}}}", show::pipe(p)))?;
                    }
                }
                Node::Control(kind, b) => {
                    let mark = self.vars.len();
                    match *kind {
                        "range" => self.range(dot, b)?,
                        _ => self.if_or_with(dot, kind, b)?,
                    }
                    self.vars.truncate(mark);
                }
            }
        }
        Ok(())
    }

    fn if_or_with(&mut self, dot: &TV, kind: &str, b: &Branch) -> Ran<()> {
        let v = self.pipe(dot, &b.pipe)?;
        if truth(&v) {
            let inner = if kind == "with" { v } else { dot.clone() };
            self.walk(&inner, &b.list)
        } else if let Some(other) = &b.other {
            self.walk(dot, other)
        } else {
            Ok(())
        }
    }

    /// `fmt.Sprint` of a value, for the errors that show one.
    pub(super) fn text_of(&self, v: &TV) -> String {
        match v {
            TV::Missing => "<no value>".into(),
            TV::V(v, _) => super::format::value(v),
        }
    }

    pub(super) fn set(&mut self, name: &str, v: TV, assign: bool) {
        if assign && let Some(slot) = self.vars.iter_mut().rev().find(|(n, _)| n == name) {
            slot.1 = v;
            return;
        }
        self.vars.push((name.to_string(), v));
    }

    pub(super) fn pipe(&mut self, dot: &TV, p: &Pipe) -> Ran<TV> {
        let mut value: Option<TV> = None;
        for c in &p.cmds {
            let v = self.command(dot, c, value)?;
            value = Some(self.dig(v)?);
        }
        let value = value.unwrap_or(TV::Missing);
        for d in &p.decl {
            let known = self.vars.iter().any(|(n, _)| n == d);
            if p.assign && !known {
                let (pos, at) = self.last.clone();
                return Err(self.fail(pos, &at, &format!("undefined variable: {d}")));
            }
            self.set(d, value.clone(), p.assign);
        }
        Ok(value)
    }

    fn command(&mut self, dot: &TV, c: &Cmd, last: Option<TV>) -> Ran<TV> {
        let first = &c.args[0];
        self.last = (first.pos, show::arg(first));
        let extra = c.args.len() > 1 || last.is_some();
        match &first.term {
            Term::Func(name) => {
                let args: Vec<&Arg> = c.args[1..].iter().collect();
                return self.call(dot, name, c, &args, last);
            }
            Term::Field(names) => return self.fields(dot.clone(), names, first, extra),
            Term::Var(v, names) => {
                let value = self.var(v);
                return self.fields(value, names, first, extra);
            }
            Term::Chain(inner, names) => {
                let value = self.arg(dot, inner)?;
                return self.fields(value, names, first, extra);
            }
            _ => {}
        }
        if extra {
            let why = format!("can't give argument to non-function {}", show::arg(first));
            return Err(self.fail(first.pos, &show::arg(first), &why));
        }
        self.arg(dot, first)
    }

    /// An argument's value.
    pub(super) fn arg(&mut self, dot: &TV, a: &Arg) -> Ran<TV> {
        self.last = (a.pos, show::arg(a));
        Ok(match &a.term {
            Term::Dot => dot.clone(),
            Term::Bool(b) => TV::V(Value::Bool(*b), None),
            Term::Str(s, _) => TV::V(Value::Str(s.as_str().into()), None),
            Term::Number(n) => TV::V(number(n).unwrap_or(Value::Int(0)), None),
            Term::Nil => return Err(self.fail(a.pos, "nil", "nil is not a command")),
            Term::Pipe(p) => {
                let mark = self.vars.len();
                let v = self.pipe(dot, p)?;
                self.vars.truncate(mark);
                v
            }
            Term::Field(names) => self.fields(dot.clone(), names, a, false)?,
            Term::Var(v, names) => {
                let value = self.var(v);
                self.fields(value, names, a, false)?
            }
            Term::Chain(inner, names) => {
                let value = self.arg(dot, inner)?;
                self.fields(value, names, a, false)?
            }
            Term::Func(name) => {
                let c = Cmd {
                    pos: a.pos,
                    args: Vec::new(),
                };
                self.call(dot, name, &c, &[], None)?
            }
        })
    }

    fn var(&self, name: &str) -> TV {
        let found = self.vars.iter().rev().find(|(n, _)| n == name);
        found.map_or(TV::Missing, |(_, v)| v.clone())
    }

    /// A command's value of an empty interface type is what it holds (nil: no value), as
    /// Go's `evalPipeline` digs.
    fn dig(&self, v: TV) -> Ran<TV> {
        let TV::V(_, Some(s)) = &v else {
            return Ok(v);
        };
        let empty = matches!(
            self.shapes.names.get(*s).map(|n| &**n),
            Some("interface {}" | "any")
        );
        if !empty {
            return Ok(v);
        }
        match unboxed(v, self.shapes) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(TV::Missing),
            Err(why) => Err(Fail::NotRun(why)),
        }
    }

    pub(super) fn unbox(&self, v: TV) -> Ran<TV> {
        match unboxed(v, self.shapes) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(TV::V(Value::Iface(None), None)),
            Err(why) => Err(Fail::NotRun(why)),
        }
    }

    pub(super) fn indirect(&self, v: TV) -> Ran<Option<TV>> {
        match v {
            TV::V(p @ Value::Ref(_), Some(s)) => {
                let Some(Shape::Ptr(inner)) = self.shapes.shapes.get(s) else {
                    return Ok(Some(TV::V(p, Some(s))));
                };
                let target = self.g.load(p).map_err(Fail::Run)?;
                Ok(Some(TV::V(target, Some(*inner))))
            }
            v => deref(v, self.shapes).map_err(Fail::NotRun),
        }
    }

    /// Prints a value as Go's `printValue` does: a pointer's target, `<no value>` for none.
    fn print(&mut self, v: &TV, pos: usize, at: &str) -> Ran<()> {
        let v = self.unbox(v.clone())?;
        let v = self.indirect(v)?;
        let text = match &v {
            None => "<nil>".into(),
            Some(TV::Missing) => "<no value>".into(),
            Some(tv @ TV::V(val, _)) => {
                self.no_methods(tv)?;
                let name = type_name(tv, self.shapes);
                let unprintable = ["func(", "chan ", "<-chan ", "chan<- "];
                if matches!(val, Value::Func(_)) || unprintable.iter().any(|p| name.starts_with(p))
                {
                    let why = format!("can't print {at} of type {}", type_name(tv, self.shapes));
                    return Err(self.fail(pos, at, &why));
                }
                super::format::value(val)
            }
        };
        self.write(&text)
    }

    /// Adds to what the template writes, up to a bound a run's memory can hold.
    pub(super) fn write(&mut self, text: &str) -> Ran<()> {
        if self.out.len() + text.len() > MAX_OUT {
            let why = "a template writing more than 64 MiB in one Execute";
            return Err(Fail::NotRun(why.into()));
        }
        self.out.push_str(text);
        Ok(())
    }

    /// A value fmt would print by its `String` or `Error` method is not run.
    pub(super) fn no_methods(&self, v: &TV) -> Ran<()> {
        let TV::V(_, Some(s)) = v else {
            return Ok(());
        };
        let mut todo = vec![*s];
        let mut seen = Vec::new();
        while let Some(s) = todo.pop() {
            if seen.contains(&s) {
                continue;
            }
            seen.push(s);
            let has = |m: &str| {
                self.shapes
                    .methods
                    .iter()
                    .any(|(i, n)| *i == s && &**n == m)
            };
            if has("String") || has("Error") {
                let name = self.shapes.names.get(s).cloned().unwrap_or_default();
                let why = format!("printing a {name} (its String or Error method) from a template");
                return Err(Fail::NotRun(why));
            }
            match self.shapes.shapes.get(s) {
                Some(Shape::Slice(e) | Shape::Array(_, e) | Shape::Map(_, e) | Shape::Ptr(e)) => {
                    todo.push(*e)
                }
                Some(Shape::Struct(st)) => todo.extend(st.all.iter().copied()),
                _ => {}
            }
        }
        Ok(())
    }
}
