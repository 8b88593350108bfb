//! A parsed Go file into the program form, checked on the way as Go's compiler would check
//! it: names, uses, argument counts and the types of the subset.

mod acted;
mod addressable;
mod anon_structs;
mod arrays;
mod assign;
mod atomic;
mod atomic_pointer;
mod atomic_ptrs;
mod atomic_value;
mod buffer_ptrs;
mod buffers;
mod bufio;
mod calls;
mod captured;
mod chans;
mod clear_slice;
mod cmp_funcs;
mod conds;
mod constraints;
mod context;
mod decls;
mod deferred_fprint;
mod durations;
mod early_consts;
mod embed;
mod errors;
mod errors_as_type;
mod escape;
mod exact_floats;
mod expr;
mod fields;
mod file_infos;
mod files;
mod flag;
mod fnv;
mod full_slice;
mod func_elements;
mod func_fields;
mod funcs;
mod generic_checks;
mod generic_types;
mod generics;
mod go_text;
mod heap;
mod iface;
mod iface_literal;
mod iface_uses;
mod imports;
mod infer;
mod json;
mod json_decoder;
mod json_encoder;
mod json_shapes;
mod json_tags;
mod labels;
mod layout;
mod lib_codecs;
mod lib_hashes;
mod lib_hex;
mod lib_iter;
mod lib_maps;
mod lib_methods;
mod lib_names;
mod lib_seqs;
mod lib_slices;
mod lib_slices_edit;
mod lib_slices_funcs;
mod lib_sort;
mod lib_stmts;
mod lib_tabwriter;
mod lib_time;
mod lib_unicode;
mod lib_values;
mod library;
mod local_sync;
mod local_types;
mod locker;
mod loops;
mod map_iters;
mod maps;
mod mem_stats;
mod method_exprs;
mod method_updates;
mod method_values;
mod methods;
mod min_max;
mod multi;
mod named;
mod named_composite;
mod named_receivers;
mod nils;
mod once;
mod operands;
mod operations;
mod operators;
mod os;
mod packages;
mod panics;
mod pkg_assign;
mod pointee_structs;
mod pointers;
mod pool;
mod printed;
mod promoted_iface;
mod rand_seed;
mod rand_v2;
mod range_assign;
mod range_func;
mod regexp;
mod right_first;
mod rt_fields;
mod runes;
mod runtime;
mod runtime_print;
mod scope;
mod select;
mod sharp_v;
mod shifts;
mod slices;
mod slog;
mod slog_level;
mod sort_iface;
mod stmt;
mod stmt_calls;
mod struct_conversions;
mod struct_eq;
mod structs;
mod switch;
mod sync_map;
mod synth;
mod template;
mod time_enums;
mod time_location;
mod time_parts;
mod time_values;
mod timers;
mod typeswitch;
mod update;
mod url_calls;
mod url_types;
mod variadic;
mod vars;
mod wait_group_go;
mod writers;
mod xml;
mod xml_shapes;
mod xml_tags;

use super::types::{Spelling, Type};
use super::{GoError, Lang};
use scope::FnCtx;
use std::collections::{HashMap, HashSet};
use syncscope_program::{Func, FuncId, Global, GlobalId, Program};
use tree_sitter::Node;

/// A function's parameters and result, for checking its calls.
#[derive(Clone)]
struct Sig {
    params: Vec<Type>,
    result: Option<Type>,
}

pub(super) struct Lowered {
    pub(crate) program: Program,
    pub(crate) marks: HashMap<(u16, u16), usize>,
    pub(crate) uses_rwmutex: bool,
}

struct Lowerer<'a> {
    /// The file's name as syncscope was given it: Go names a place elsewhere in the file by
    /// it, as in `multiple defaults (first at main.go:7:2)`.
    file: &'a str,
    text: &'a str,
    added: usize,
    errors: Vec<GoError>,
    imports: Vec<imports::Import>,
    consts: HashMap<String, (syncscope_program::Expr, Type)>,
    globals: Vec<Global>,
    global_types: Vec<Type>,
    global_names: HashMap<String, GlobalId>,
    locks: Vec<String>,
    rw_locks: Vec<bool>,
    /// The make sites of channels, named after their variables (`Program::chans`).
    chans: Vec<String>,
    /// The value being lowered for a named variable (its node, the name): a `make` that is
    /// that value is the variable's channel.
    naming: Option<(usize, String)>,
    funcs: Vec<Option<Func>>,
    func_names: HashMap<String, FuncId>,
    names: Vec<String>,
    sigs: Vec<Sig>,
    marks: HashMap<(u16, u16), usize>,
    stack: Vec<FnCtx>,
    results: Option<GlobalId>,
    /// Package variables not declared yet, while the package's are lowered in order.
    later_globals: HashSet<String>,
    /// The declaration each function's body comes from (a second of the same name does not).
    declared_at: HashMap<FuncId, usize>,
    /// The `func init`s in source order: each one's declaration (its node's id) and number.
    inits: Vec<(usize, FuncId)>,
    /// Blocks and expressions the lowering is inside, bounded so that neither it nor the
    /// interpreter can run out of stack.
    depth: u32,
    too_deep: bool,
    /// The argument lists of `Printf`s whose constant format asks for `%#v`, by node id:
    /// where the format is in the list and which operands after it `%#v` prints (all when
    /// the format is not read to the end).
    sharp_v_args: Vec<(usize, usize, Option<Vec<usize>>)>,
    /// Struct types written in place: their run-time names as spelled from their message
    /// spelling, and as Go's run time names them (`main.point` for `point`).
    anon_rt: Vec<(String, String)>,
    /// The file's struct types and their methods.
    structs: structs::Structs,
    /// The locals goroutines may share, by the shared variables they are reported as.
    followed: syncscope_program::Followed,
    /// The interface types and the dynamic types of interface values.
    ifaces: iface::Ifaces,
    /// The Go the file is read as.
    lang: Lang,
    /// Integer literals past int64, by node, with their places, until where they go says
    /// what Go says of them (`overflowed`).
    big_ints: HashMap<usize, (usize, usize)>,
    /// The values of those that are constant shifts (`1 << 63`), which Go shows.
    big_values: HashMap<usize, String>,
    /// The types of the expressions lowered so far, by node, and the names that are
    /// variables: how Go's messages describe an operand made of them (`operands`).
    seen_types: HashMap<usize, Type>,
    variable_nodes: HashSet<usize>,
    /// The exact values of untyped float constants, by their float64's bits.
    exact_floats: HashMap<u64, exact_floats::Dd>,
    /// `iota` while a constant group's spec is read.
    iota: Option<i64>,
    /// Type declarations inside functions declared with the package's (`local_types`).
    local_types: HashSet<usize>,
    /// Generic functions, their instances and constraints.
    generics: generics::Generics,
    /// The shapes of the types `encoding/json` reads.
    json: json_shapes::JsonTypes,
    /// The shapes of the types `encoding/xml` reads.
    xml: json_shapes::JsonTypes,
}

/// The deepest nesting of blocks and expressions syncscope runs.
const MAX_NESTING: u32 = 100;

/// The file `file`'s text, read as Go `lang`, lowered into the program form.
pub(crate) fn lower(
    file: &str,
    text: &str,
    root: Node,
    added: usize,
    lang: Lang,
) -> Result<Lowered, GoError> {
    let mut l = Lowerer {
        file,
        text,
        added,
        errors: Vec::new(),
        imports: Vec::new(),
        consts: HashMap::new(),
        globals: Vec::new(),
        global_types: Vec::new(),
        global_names: HashMap::new(),
        locks: Vec::new(),
        rw_locks: Vec::new(),
        chans: Vec::new(),
        naming: None,
        funcs: Vec::new(),
        func_names: HashMap::new(),
        names: Vec::new(),
        sigs: Vec::new(),
        marks: HashMap::new(),
        stack: Vec::new(),
        results: None,
        later_globals: HashSet::new(),
        declared_at: HashMap::new(),
        inits: Vec::new(),
        depth: 0,
        too_deep: false,
        sharp_v_args: Vec::new(),
        anon_rt: Vec::new(),
        structs: structs::Structs::default(),
        followed: Default::default(),
        ifaces: iface::Ifaces::default(),
        lang,
        big_ints: HashMap::new(),
        big_values: HashMap::new(),
        seen_types: HashMap::new(),
        variable_nodes: HashSet::new(),
        exact_floats: HashMap::new(),
        iota: None,
        local_types: HashSet::new(),
        generics: generics::Generics::default(),
        json: json_shapes::JsonTypes::default(),
        xml: json_shapes::JsonTypes::for_xml(),
    };
    l.declarations(root);
    l.bodies(root);
    l.unused_imports();
    let json = l.json_table();
    let xml = l.xml_table();
    // A literal past int64 that went where Go takes it (a float, a wider integer, constant
    // arithmetic) is not run: syncscope's integers are int64.
    for (line, col) in std::mem::take(&mut l.big_ints).into_values() {
        let message = "syncscope does not run integer constants past int64 yet".to_string();
        l.errors.push(GoError::at(line, col, message));
    }
    drop_unused_after_refusal(&mut l.errors);
    l.errors.sort_by_key(|e| (e.line, e.col));
    if let Some(first) = l.errors.into_iter().next() {
        return Err(first);
    }
    let Some(&main) = l.func_names.get("main") else {
        return Err(GoError::at(
            1,
            1,
            "function main is undeclared in the main package".into(),
        ));
    };
    // Every function has its body by now: one without is refused above.
    let mut funcs: Vec<Func> = l.funcs.into_iter().flatten().collect();
    escape::stack_appends(&mut funcs);
    let written = written_globals(&funcs, l.globals.len());
    let mut globals = l.globals;
    for (g, w) in globals.iter_mut().zip(written) {
        g.written = w;
    }
    l.structs.mark_written(&mut globals);
    Ok(Lowered {
        uses_rwmutex: l.rw_locks.iter().any(|&rw| rw),
        program: Program {
            funcs,
            globals,
            locks: l.locks,
            rw_locks: l.rw_locks,
            chans: l.chans,
            results: l.results,
            main,
            inits: l.inits.iter().map(|&(_, id)| id).collect(),
            types: l.ifaces.types,
            json,
            xml,
            followed: l.followed,
        },
        marks: l.marks,
    })
}

/// Which globals some statement writes: their reads are reported for the race detector.
fn written_globals(funcs: &[Func], count: usize) -> Vec<bool> {
    use syncscope_program::{Place, StmtKind};
    let mut written = vec![false; count];
    for f in funcs {
        syncscope_program::visit_block(&f.body, &mut |s| {
            let target = match &s.kind {
                StmtKind::Assign(Place::Global(g), _) | StmtKind::Update(Place::Global(g), ..) => {
                    Some(*g)
                }
                StmtKind::Append { slice, .. } => Some(*slice),
                _ => None,
            };
            if let Some(w) = target.and_then(|g| written.get_mut(g)) {
                *w = true;
            }
        });
    }
    written
}

impl<'a> Lowerer<'a> {
    fn text_of(&self, n: Node) -> &'a str {
        &self.text[n.byte_range()]
    }

    /// Line and column as Go reports them, in the user's own file.
    fn at(&self, n: Node) -> (usize, usize) {
        let p = n.start_position();
        ((p.row + 1).saturating_sub(self.added).max(1), p.column + 1)
    }

    /// `line:col` of `n` as Go names a place in another of its messages.
    fn place(&self, n: Node) -> String {
        let (line, col) = self.at(n);
        format!("{}:{line}:{col}", self.file)
    }

    /// How Go's messages spell types in this file.
    fn spelling(&self) -> Spelling {
        Spelling::Go {
            atomic_quoted: self.imports.iter().any(|i| i.path != "sync/atomic"),
        }
    }

    /// Go's words for `full`, a selector of `member` that a `ty` does not have.
    /// Go's error for `x.member` of a library type that has no such field or method, at the
    /// member's name.
    fn no_such_member(&mut self, callee: Node, full: &str, ty: &Type, member: &str) {
        let field = callee.child_by_field_name("field").unwrap_or(callee);
        let text = self.no_field_or_method(full, ty, member);
        self.error(field, text);
    }

    fn no_field_or_method(&self, full: &str, ty: &Type, member: &str) -> String {
        if *ty == Type::Location {
            return time_location::undefined(full, member);
        }
        let hint = self.differs_in_case(ty, member);
        let ty = ty.spelled(self.spelling());
        format!("{full} undefined (type {ty} has no field or method {member}{hint})")
    }

    /// Go's hint when a struct has the name in other letters' case: `, but does have method
    /// Total`.
    pub(super) fn differs_in_case(&self, ty: &Type, member: &str) -> String {
        let Some(id) = Self::struct_of(ty) else {
            return String::new();
        };
        let same = |name: &str| name != member && name.eq_ignore_ascii_case(member);
        let fields = self.structs.defs.get(id).map(|d| d.fields.as_slice());
        if let Some((name, _)) = fields.into_iter().flatten().find(|(n, _)| same(n)) {
            return format!(", but does have field {name}");
        }
        let method = self
            .structs
            .methods
            .keys()
            .find(|(s, m)| *s == id && same(m));
        method.map_or(String::new(), |(_, m)| {
            format!(", but does have method {m}")
        })
    }

    fn error(&mut self, n: Node, message: String) {
        // Go places a slice expression at its `[`.
        let n = match n.kind() {
            "slice_expression" => {
                let mut cursor = n.walk();
                let bracket = n.children(&mut cursor).find(|c| c.kind() == "[");
                bracket.unwrap_or(n)
            }
            _ => n,
        };
        let (line, col) = self.at(n);
        // Go's compiler drops an error with the words and on the line of the one it
        // reported just before (`base.ErrorfAt`): of `T{1, T{2, 3}}`, the inner one.
        if (self.errors.last()).is_some_and(|e| e.line == line && e.message == message) {
            return;
        }
        self.errors.push(GoError::at(line, col, message));
    }

    /// Valid Go that syncscope cannot run: said once, at its place.
    fn unsupported(&mut self, n: Node, what: &str) {
        self.error(n, format!("syncscope does not run {what} yet"));
        // What it uses counts as used: no second message that only follows from this one.
        self.used_in(n);
    }

    /// The names under `n` counted as used, as Go counts them in code it refused.
    fn used_in(&mut self, n: Node) {
        let names: Vec<String> = super::syntax::descendants(n)
            .filter(|d| matches!(d.kind(), "identifier" | "package_identifier"))
            .map(|d| self.text_of(d).to_string())
            .collect();
        for name in names {
            self.use_local(&name);
            if !self.stack.is_empty() {
                self.resolve(&name, true);
            }
        }
    }

    /// What `f` gives, the value `value` being lowered for the variable `name`.
    fn naming<T>(&mut self, value: Node, name: Node, f: impl FnOnce(&mut Self) -> T) -> T {
        let name = self.text_of(name).to_string();
        let outer = self.naming.replace((value.id(), name));
        let out = f(self);
        self.naming = outer;
        out
    }
}

/// Where syncscope refused something it does not run, it did not read all of it: what went
/// unused may be used there (an argument to a refused package's method), so Go's "not used"
/// errors would be guesses. The refusal is the answer.
fn drop_unused_after_refusal(errors: &mut Vec<GoError>) {
    if errors
        .iter()
        .any(|e| e.message.contains("syncscope does not run"))
    {
        errors.retain(|e| {
            !(e.message.ends_with("imported and not used")
                || e.message.contains("declared and not used"))
        });
    }
}
