//! The interpreter: a goroutine's fiber runs its function's statements, blocking in the
//! run's primitives and reporting every state change and shared access as it goes.

pub(crate) mod addresses;
mod after_func;
mod atomic_pointers;
mod atomic_value;
mod atomics;
mod buf_reader;
mod bufio;
mod builtins;
mod captured;
mod chans;
mod cmp_funcs;
mod codecs;
mod conds;
mod context;
pub(crate) mod context_tree;
mod digests;
mod duration_parse;
mod elements;
pub(crate) mod env;
mod eval;
mod file_infos;
mod file_io;
mod filepath;
mod files;
pub(crate) mod flag;
mod flag_parse;
mod flag_text;
mod float_verbs;
mod fnv;
pub(crate) mod format;
mod full_slice;
mod global_slice;
mod go_syntax;
mod goroutine;
mod heap;
mod hex_bytes;
mod host_port;
mod identity;
mod iface;
mod json;
mod json_decode;
mod json_decoder;
mod json_encode;
mod json_indent;
mod json_scan;
mod library;
mod locks;
pub(crate) mod log;
mod loops;
mod maps;
mod maps_pkg;
mod math;
mod math_log;
mod math_roots;
mod math_trig;
mod mem_stats;
mod nils;
mod objects;
mod once;
pub(crate) mod os_files;
mod panic_text;
mod panics;
mod pdqsort;
mod plus_v;
mod pointers;
mod printf;
mod printf_index;
mod rand_draws;
mod rand_shuffle;
mod rand_v2;
mod regexp;
mod regexp_bytes;
mod regexp_ops;
mod regexp_replace;
mod runes;
mod runtime;
mod runtime_print;
mod scan_split;
mod scanner;
mod shared;
mod shifts;
mod shown;
mod slices;
mod slices_edit;
mod slices_funcs;
pub(crate) mod slog;
mod slog_state;
mod slog_text;
mod slog_values;
mod sort_interface;
mod sorting;
mod stable_sort;
mod strconv;
mod strconv_uint;
mod string_reader;
mod strings;
mod strings_funcs;
mod strings_more;
mod structs;
mod sync_map;
mod sync_pool;
mod tabwriter;
mod template;
mod template_compare;
mod template_exec;
mod template_fields;
mod template_funcs;
mod template_lex;
mod template_literals;
mod template_operands;
mod template_parse;
mod template_range;
mod template_show;
mod template_values;
mod time_layout;
mod time_make;
mod time_methods;
mod time_parse;
mod timers;
mod typed_nils;
mod uncomparable;
mod unexported;
mod unicode;
mod unicode_tables;
mod url_escape;
mod url_lib;
mod url_parse;
mod url_resolve;
mod url_text;
mod url_values;
mod value;
mod verb_each;
mod wait_groups;
mod walk_dir;
mod wall_time;
mod writers;
mod xml;
mod xml_decode;
mod xml_encode;
mod xml_markup;
mod xml_print;
mod xml_scan;
mod xml_values;

pub(crate) use value::{Cell, Value};

use crate::sched::Stop;
pub(crate) use global_slice::GlobalSlice;
pub(crate) use goroutine::Goroutine;
use std::sync::Arc;
use syncscope_program::event::{EventKind, State};
use syncscope_program::iface::RtType;
use syncscope_program::{Block, Expr, Func, FuncId, Place, PrintKind, Program, Stmt, StmtKind};

/// A call a new goroutine or a `defer` will make: the function and what it was given.
pub(crate) struct Started {
    pub(crate) func: FuncId,
    pub(crate) args: Vec<Value>,
    pub(crate) cells: Vec<Cell>,
}

/// A local variable: in the frame, or in a cell a closure shares.
enum Var {
    Plain(Value),
    Boxed(Cell),
}

struct Frame {
    /// Its function's mark: which of the program's functions it is.
    mark: u16,
    vars: Vec<Var>,
    /// A closure's captured variables.
    cells: Vec<Cell>,
    defers: Vec<Started>,
    /// The stack buffers of appends (`Grow::stack`) this call has used, one bit each.
    stack_buffers: u64,
}

impl Frame {
    fn new(f: &Func, cells: Vec<Cell>) -> Frame {
        Frame::with_args(f, Vec::new(), cells)
    }

    /// A call's frame, its first variables the arguments (extra ones dropped).
    fn with_args(f: &Func, args: Vec<Value>, cells: Vec<Cell>) -> Frame {
        let mut args = args.into_iter();
        let vars = (0..f.slots)
            .map(|i| {
                let value = args.next().unwrap_or(Value::Unit);
                match f.boxed.get(i) {
                    Some(true) => Var::Boxed(cell(value)),
                    _ => Var::Plain(value),
                }
            })
            .collect();
        Frame {
            mark: f.mark,
            vars,
            cells,
            defers: Vec::new(),
            stack_buffers: 0,
        }
    }

    /// Whether the stack buffer `bit` is still free in this call; taken if it is.
    fn take_stack_buffer(&mut self, bit: u8) -> bool {
        let mask = 1u64.checked_shl(u32::from(bit)).unwrap_or(0);
        let free = mask != 0 && self.stack_buffers & mask == 0;
        self.stack_buffers |= mask;
        free
    }

    fn get(&self, slot: usize) -> Value {
        match self.vars.get(slot) {
            Some(Var::Plain(v)) => v.clone(),
            Some(Var::Boxed(c)) => read(c),
            None => Value::Unit,
        }
    }

    fn set(&mut self, slot: usize, value: Value) {
        match self.vars.get_mut(slot) {
            Some(Var::Plain(v)) => *v = value,
            Some(Var::Boxed(c)) => *lock(c) = value,
            None => {}
        }
    }

    /// A new variable in `slot`: a boxed one gets a cell of its own, so closures made before
    /// keep theirs, as in Go.
    fn declare(&mut self, slot: usize, value: Value) {
        match self.vars.get_mut(slot) {
            Some(Var::Plain(v)) => *v = value,
            Some(var @ Var::Boxed(_)) => *var = Var::Boxed(cell(value)),
            None => {}
        }
    }

    /// The cell of a local variable that closures share.
    fn boxed(&self, slot: usize) -> Option<Cell> {
        match self.vars.get(slot) {
            Some(Var::Boxed(c)) => Some(c.clone()),
            _ => None,
        }
    }

    fn cell_of(&self, slot: usize) -> Cell {
        match self.vars.get(slot) {
            Some(Var::Boxed(c)) => c.clone(),
            Some(Var::Plain(v)) => cell(v.clone()),
            None => cell(Value::Unit),
        }
    }
}

fn cell(v: Value) -> Cell {
    Arc::new(captured::Boxed::new(v))
}

fn lock(c: &Cell) -> std::sync::MutexGuard<'_, Value> {
    c.lock().unwrap_or_else(|e| e.into_inner())
}

fn read(c: &Cell) -> Value {
    lock(c).clone()
}

enum Flow {
    Next,
    Return(Value),
    Break,
    Continue,
}

impl Goroutine {
    /// Calls `func` with `args` (and a closure's `cells`) and returns its result.
    pub(super) fn call(
        &self,
        func: FuncId,
        args: Vec<Value>,
        cells: Vec<Cell>,
    ) -> Result<Value, Stop> {
        if func == nils::NIL_FUNC {
            return Err(Stop::Panic(nils::NIL_CALL.into()));
        }
        let program = &self.shared.program;
        let Some(f) = program.func(func) else {
            return Err(self.bug(format!("no function {func}")));
        };
        crate::cost::charge(crate::cost::price::CALL);
        let mut frame = Frame::with_args(f, args, cells);
        let depth = self.depth.get();
        if depth >= loops::MAX_CALL_DEPTH {
            return Err(loops::too_deep());
        }
        self.depth.set(depth + 1);
        let flow = loops::grow(|| self.block(program, f, &mut frame, &f.body));
        self.depth.set(depth);
        let ended = if frame.defers.is_empty() {
            flow.map(Some)
        } else {
            self.run_defers(&mut frame, flow, depth)
        };
        Ok(match ended? {
            // A function of named results gives them as its deferred calls left them.
            Some(Flow::Return(Value::Unit)) => match &f.recovered {
                Some(named) => self.eval(&mut frame, named)?,
                None => Value::Unit,
            },
            Some(Flow::Return(v)) => v,
            Some(_) => Value::Unit,
            None => match &f.recovered {
                Some(zero) => self.eval(&mut frame, zero)?,
                None => Value::Unit,
            },
        })
    }

    fn block(&self, p: &Program, f: &Func, frame: &mut Frame, block: &Block) -> Result<Flow, Stop> {
        loops::grow(|| self.statements(p, f, frame, block))
    }

    fn statements(
        &self,
        p: &Program,
        f: &Func,
        frame: &mut Frame,
        block: &Block,
    ) -> Result<Flow, Stop> {
        for s in block {
            match self.stmt(p, f, frame, s)? {
                Flow::Next => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Next)
    }

    fn stmt(&self, p: &Program, f: &Func, frame: &mut Frame, s: &Stmt) -> Result<Flow, Stop> {
        // What the run holds is looked at before each statement: memory grown a little at a
        // time (a map's entries) stops the run too.
        crate::heap::reserve(0).map_err(Stop::Panic)?;
        crate::cost::charge(crate::cost::price::STMT);
        if observable(&s.kind) {
            self.shared.sched.interleave(self.gid())?;
        }
        if let Some(pc) = s.pc {
            let at = EventKind::At { func: f.mark, pc };
            self.shared.sched.step(self.gid(), at)?;
        }
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval(frame, e)?;
            }
            StmtKind::Let(slot, e) => {
                let v = self.eval(frame, e)?;
                frame.declare(*slot, v);
            }
            StmtKind::Assign(place, e) => {
                let v = self.eval(frame, e)?;
                self.store(frame, *place, v)?;
            }
            StmtKind::Update(place, op, e) => self.update(frame, *place, *op, e)?,
            StmtKind::If(cond, then, other) => {
                let branch = if self.eval(frame, cond)?.truthy() {
                    then
                } else {
                    other
                };
                return self.block(p, f, frame, branch);
            }
            StmtKind::For { .. } => return self.for_loop(p, f, frame, s),
            StmtKind::Range { .. } => return self.range(p, f, frame, s),
            StmtKind::Send(ch, v) => self.send(frame, ch, v)?,
            StmtKind::Recv { chan, into } => {
                let (v, ok) = self.recv(frame, chan)?;
                self.deliver(frame, into, v, ok)?;
            }
            StmtKind::Select { cases, default } => {
                return self.select(p, f, frame, cases, default.as_ref());
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(e) => {
                let v = match e {
                    Some(e) => self.eval(frame, e)?,
                    None => Value::Unit,
                };
                return Ok(Flow::Return(v));
            }
            _ => return self.stmt_rest(p, f, frame, s),
        }
        Ok(Flow::Next)
    }

    /// The statements met less often than those `stmt` takes, apart so that its frame,
    /// entered at every statement and on a parked goroutine's stack at each level of its
    /// calls, stays small.
    #[inline(never)]
    fn stmt_rest(&self, p: &Program, f: &Func, frame: &mut Frame, s: &Stmt) -> Result<Flow, Stop> {
        match &s.kind {
            StmtKind::Expr(_)
            | StmtKind::Let(..)
            | StmtKind::Assign(..)
            | StmtKind::Update(..)
            | StmtKind::If(..)
            | StmtKind::For { .. }
            | StmtKind::Range { .. }
            | StmtKind::Send(..)
            | StmtKind::Recv { .. }
            | StmtKind::Select { .. }
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Return(_) => return Err(self.bug("a statement stmt takes".into())),
            StmtKind::Repeat(times, body) => {
                for _ in 0..self.eval(frame, times)?.as_int() {
                    if let Some(flow) = self.round(p, f, frame, body)? {
                        return Ok(flow);
                    }
                }
            }
            StmtKind::Close(ch) => self.close(frame, ch)?,
            StmtKind::Switch(body) => {
                return Ok(match self.block(p, f, frame, body)? {
                    Flow::Break => Flow::Next,
                    other => other,
                });
            }
            StmtKind::Go(call) => {
                let started = self.prepare(frame, call)?;
                // Go wraps a call with arguments in a function of its own, which the new
                // goroutine runs: a nil function then panics there, not at the `go`.
                if started.func == nils::NIL_FUNC && started.args.is_empty() {
                    return Err(Stop::Panic("fatal error: go of nil func value".into()));
                }
                self.start(started)?;
            }
            StmtKind::Defer(call) => {
                let started = self.prepare(frame, call)?;
                frame.defers.push(started);
            }
            StmtKind::Sleep(d) => {
                let ns = self.eval(frame, d)?.as_int();
                self.sleep(State::Sleeping, ns)?;
            }
            StmtKind::Compute(d) => {
                let ns = self.eval(frame, d)?.as_int();
                self.compute(ns)?;
            }
            StmtKind::SetProcs(n) => {
                let n = self.eval(frame, n)?.as_int();
                self.set_procs(n);
            }
            StmtKind::Gosched => self.gosched()?,
            StmtKind::Gc => self.gc()?,
            StmtKind::Goexit => return Err(Stop::Goexit),
            StmtKind::Lock { .. } | StmtKind::Unlock { .. } => self.lock_stmt(frame, &s.kind)?,
            StmtKind::WgAdd(..) | StmtKind::WgDone(_) | StmtKind::WgWait(_) => {
                self.wait_group_stmt(frame, &s.kind)?
            }
            StmtKind::Cond(c, call) => self.cond_stmt(frame, c, *call)?,
            StmtKind::Append {
                slice,
                value,
                hold,
                grow,
            } => self.append(frame, *slice, value, (hold, grow))?,
            StmtKind::Show { hold } => {
                self.state(State::Reading);
                let len = self.results_len();
                self.emit(EventKind::Read(len));
                let ns = self.eval(frame, hold)?.as_int();
                self.sleep(State::Reading, ns)?;
                self.state(State::Running);
            }
            StmtKind::Store { ptr, op, value } => self.store_through(frame, ptr, *op, value)?,
            StmtKind::SetIndex {
                of,
                index,
                op,
                value,
            } => self.set_index(frame, of, index, *op, value)?,
            StmtKind::SetField(..)
            | StmtKind::UpdateField(..)
            | StmtKind::MapSet(..)
            | StmtKind::MapDelete(..)
            | StmtKind::MapUpdate { .. }
            | StmtKind::MapLookup { .. } => self.stmt_data(frame, &s.kind)?,
            StmtKind::MapClear(m) => self.map_clear(frame, m)?,
            StmtKind::InPlace(at, op) => self.in_place(frame, at, op)?,
            StmtKind::Log { op, site, args } => self.log(frame, *op, site, args)?,
            StmtKind::Fprint(kind, args) => self.fprint(frame, *kind, args)?,
            StmtKind::Print(kind, args) => {
                let values = self.eval_all(frame, args)?;
                let values = self.shown(values)?;
                let text = match kind {
                    PrintKind::Println => format::println(&values),
                    PrintKind::Print => format::print(&values),
                    PrintKind::Printf => printf(&values, &self.shared.program.types),
                };
                self.emit(EventKind::Output(text.into()));
            }
        }
        Ok(Flow::Next)
    }

    /// A call that a `go` or `defer` statement will make: the function value and the
    /// arguments, evaluated now.
    fn prepare(&self, frame: &mut Frame, call: &Expr) -> Result<Started, Stop> {
        match call {
            Expr::Call(func, args) => Ok(Started {
                func: *func,
                args: self.eval_all(frame, args)?,
                cells: Vec::new(),
            }),
            Expr::CallValue(callee, args) => {
                // A nil function is found out when it is called: a `defer` of it panics as
                // the deferred calls run, a `go` of it is a fatal error.
                let Value::Func(closure) = self.eval(frame, callee)? else {
                    return Ok(Started {
                        func: nils::NIL_FUNC,
                        args: self.eval_all(frame, args)?,
                        cells: Vec::new(),
                    });
                };
                Ok(Started {
                    func: closure.func,
                    args: self.eval_all(frame, args)?,
                    cells: closure.cells.clone(),
                })
            }
            Expr::CallMethod { recv, name, args } => {
                let recv = self.eval(frame, recv)?;
                let args = self.eval_all(frame, args)?;
                self.method_started(&recv, name, args)
            }
            _ => Err(self.bug("a go or defer of something not a call".into())),
        }
    }

    fn store(&self, frame: &mut Frame, place: Place, v: Value) -> Result<(), Stop> {
        match place {
            Place::Local(slot) => self.set_local(frame, slot, v),
            Place::Captured(i) => {
                if let Some(c) = frame.cells.get(i) {
                    self.write_cell(c, v);
                }
            }
            Place::Global(g) => self.write_global(g, v)?,
        }
        Ok(())
    }
}

/// `fmt.Printf` and `fmt.Sprintf`: the first value is the format.
pub(super) fn printf(values: &[Value], types: &[RtType]) -> String {
    match values.split_first() {
        Some((Value::Str(f), rest)) => format::printf(f, rest, types),
        _ => String::new(),
    }
}

/// Whether a statement does something goroutines on other processors can see, so that it
/// happens at its exact time among theirs (see `sched::parallel`): the others only compute,
/// and may run a little ahead.
fn observable(kind: &StmtKind) -> bool {
    matches!(
        kind,
        StmtKind::Send(..)
            | StmtKind::Recv { .. }
            | StmtKind::Close(_)
            | StmtKind::Select { .. }
            | StmtKind::Go(_)
            | StmtKind::Lock { .. }
            | StmtKind::Unlock { .. }
            | StmtKind::WgAdd(..)
            | StmtKind::WgDone(_)
            | StmtKind::WgWait(_)
            | StmtKind::Cond(..)
            | StmtKind::Sleep(_)
            | StmtKind::Print(..)
            | StmtKind::Fprint { .. }
            | StmtKind::Log { .. }
            | StmtKind::Append { .. }
            | StmtKind::Show { .. }
            | StmtKind::Store { .. }
            | StmtKind::SetField { .. }
            | StmtKind::SetIndex { .. }
            | StmtKind::Gosched
            | StmtKind::Goexit
    )
}
