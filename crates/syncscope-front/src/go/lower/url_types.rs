//! `net/url`'s types: `url.URL` and `url.Userinfo` are structs of Go's fields (so a program
//! reads and assigns `u.Host` as any field), `url.Values` a type declared of
//! `map[string][]string`; each made the first time the file names it, its methods functions
//! of the library's, so fmt, method values and interfaces find them as they find a file's own.

use super::Lowerer;
use super::structs::{Method, StructDef};
use super::synth::Frame;
use crate::go::types::Type;
use syncscope_program::Grow;
use syncscope_program::urls::{URL_FIELDS, USERINFO_FIELDS, UrlOp};
use syncscope_program::{Expr, Lib, StmtKind, Target};

pub(super) const URL: &str = "url.URL";
pub(super) const USERINFO: &str = "url.Userinfo";
pub(super) const VALUES: &str = "url.Values";

/// Each type's methods as Go 1.26 has them: one not made here is not run yet.
pub(super) fn go_methods(name: &str) -> &'static [&'static str] {
    match name {
        URL => &[
            "AppendBinary",
            "EscapedFragment",
            "EscapedPath",
            "Hostname",
            "IsAbs",
            "JoinPath",
            "MarshalBinary",
            "Parse",
            "Port",
            "Query",
            "Redacted",
            "RequestURI",
            "ResolveReference",
            "String",
            "UnmarshalBinary",
        ],
        USERINFO => &["Password", "String", "Username"],
        VALUES => &["Add", "Del", "Encode", "Get", "Has", "Set"],
        _ => &[],
    }
}

fn strs() -> Type {
    Type::Slice(Box::new(Type::Str))
}

fn lib(op: UrlOp, args: Vec<Expr>) -> Expr {
    Expr::Lib(Lib::Url(op), args)
}

impl Lowerer<'_> {
    /// A library type of `fields` (or of `underlying`), made once.
    fn library_type(
        &mut self,
        name: &str,
        fields: &[(&str, &str)],
        underlying: Option<Type>,
    ) -> Result<Type, usize> {
        if let Some(&id) = self.structs.by_name.get(name) {
            return Ok(self.declared_type(id));
        }
        let id = self.structs.defs.len();
        self.structs.defs.push(StructDef {
            name: name.into(),
            fields: Vec::new(),
            embedded: Vec::new(),
            underlying,
            at: (0, 0),
        });
        self.structs.by_name.insert(name.to_string(), id);
        let fields = fields
            .iter()
            .map(|(f, t)| (f.to_string(), self.url_field_type(t)))
            .collect();
        self.structs.defs[id].fields = fields;
        Err(id)
    }

    fn url_field_type(&mut self, text: &str) -> Type {
        match text {
            "*url.Userinfo" => Type::Pointer(Box::new(self.userinfo_type())),
            t => super::named::basic_type(t).unwrap_or(Type::Invalid),
        }
    }

    /// Method `name` of type `id`: `body` on a frame of `params` (the receiver first) and
    /// `slots` in all.
    fn library_method(
        &mut self,
        id: usize,
        name: &str,
        sig: (Vec<Type>, Option<Type>),
        body: Vec<StmtKind>,
        slots: usize,
    ) {
        let type_name = self.structs.defs[id].name.clone();
        let (params, result) = sig;
        let frame = Frame {
            params: params.len(),
            boxed: vec![false; slots.max(params.len())],
            captures: 0,
        };
        let func = self.written(&format!("{type_name}.{name}"), None, frame, body);
        let pointer = matches!(params.first(), Some(Type::Pointer(_)));
        self.sigs[func] = super::Sig { params, result };
        let method = Method {
            func,
            pointer,
            at: (0, 0),
        };
        self.structs.methods.insert((id, name.to_string()), method);
    }

    /// `url.URL`, its methods of a `*url.URL`.
    pub(super) fn url_type(&mut self) -> Type {
        let id = match self.library_type(URL, URL_FIELDS, None) {
            Ok(ty) => return ty,
            Err(id) => id,
        };
        let recv = Type::Pointer(Box::new(self.declared_type(id)));
        let of_recv = |op| vec![StmtKind::Return(Some(lib(op, vec![Expr::Local(0)])))];
        let strings = [
            ("String", UrlOp::String),
            ("Hostname", UrlOp::Hostname),
            ("Port", UrlOp::Port),
            ("EscapedPath", UrlOp::EscapedPath),
            ("EscapedFragment", UrlOp::EscapedFragment),
            ("RequestURI", UrlOp::RequestUri),
            ("Redacted", UrlOp::Redacted),
        ];
        for (name, op) in strings {
            let sig = (vec![recv.clone()], Some(Type::Str));
            self.library_method(id, name, sig, of_recv(op), 1);
        }
        let sig = (vec![recv.clone()], Some(Type::Bool));
        self.library_method(id, "IsAbs", sig, of_recv(UrlOp::IsAbs), 1);
        self.url_methods_of_urls(id, &recv);
        let values = self.values_type();
        let made = self.new_values("url.Values");
        let query = lib(UrlOp::Query, vec![Expr::Local(0), made]);
        let sig = (vec![recv], Some(values));
        self.library_method(id, "Query", sig, vec![StmtKind::Return(Some(query))], 1);
        self.declared_type(id)
    }

    /// A URL's methods that make another: `ResolveReference`, `Parse` and `JoinPath`.
    fn url_methods_of_urls(&mut self, id: usize, recv: &Type) {
        let ty = self.declared_type(id);
        let made = self.new_url_ptr(&ty);
        let resolve = lib(
            UrlOp::ResolveReference,
            vec![Expr::Local(0), Expr::Local(1), made],
        );
        let sig = (vec![recv.clone(), recv.clone()], Some(recv.clone()));
        let body = vec![StmtKind::Return(Some(resolve))];
        self.library_method(id, "ResolveReference", sig, body, 2);
        let user = self.userinfo_type();
        let (made, made_user) = (self.new_url_ptr(&ty), self.new_url_ptr(&user));
        let parse = lib(
            UrlOp::ParseRef,
            vec![Expr::Local(0), Expr::Local(1), made, made_user],
        );
        let result = Type::Tuple(vec![recv.clone(), super::library::error_type()]);
        let sig = (vec![recv.clone(), Type::Str], Some(result));
        self.library_method(id, "Parse", sig, vec![StmtKind::Return(Some(parse))], 2);
        let made = self.new_url_ptr(&ty);
        let join = lib(UrlOp::JoinPath, vec![Expr::Local(0), Expr::Local(1), made]);
        let elems = Type::Variadic(Box::new(Type::Str));
        let sig = (vec![recv.clone(), elems], Some(recv.clone()));
        self.library_method(id, "JoinPath", sig, vec![StmtKind::Return(Some(join))], 2);
    }

    /// A new zero `url.URL` or `url.Userinfo`'s address, for a call to fill.
    pub(super) fn new_url_ptr(&mut self, ty: &Type) -> Expr {
        let name = match ty {
            Type::Struct(_, name) => name.to_string(),
            _ => "url".to_string(),
        };
        Expr::AddrOf(Box::new(self.zero_of(ty, &name)))
    }

    /// `url.Userinfo`, its methods of a `*url.Userinfo` (nil too, as Go's).
    pub(super) fn userinfo_type(&mut self) -> Type {
        let id = match self.library_type(USERINFO, USERINFO_FIELDS, None) {
            Ok(ty) => return ty,
            Err(id) => id,
        };
        let recv = Type::Pointer(Box::new(self.declared_type(id)));
        let of_recv = |op| vec![StmtKind::Return(Some(lib(op, vec![Expr::Local(0)])))];
        let methods = [
            ("Username", UrlOp::Username, Type::Str),
            ("String", UrlOp::UserString, Type::Str),
            (
                "Password",
                UrlOp::Password,
                Type::Tuple(vec![Type::Str, Type::Bool]),
            ),
        ];
        for (name, op, result) in methods {
            let sig = (vec![recv.clone()], Some(result));
            self.library_method(id, name, sig, of_recv(op), 1);
        }
        self.declared_type(id)
    }

    /// `url.Values`: Go's methods written as Go writes them, on the map itself, so a write
    /// is a map write the race detector and the runtime see.
    pub(super) fn values_type(&mut self) -> Type {
        let under = Type::Map(Box::new(Type::Str), Box::new(strs()));
        let id = match self.library_type(VALUES, &[], Some(under)) {
            Ok(ty) => return ty,
            Err(id) => id,
        };
        let v = self.declared_type(id);
        let (m, key, value) = (|| Expr::Local(0), || Expr::Local(1), || Expr::Local(2));
        let values_of = || Expr::MapGet {
            map: Box::new(m()),
            key: Box::new(key()),
            zero: Box::new(Expr::NilSlice),
        };
        let get = lib(UrlOp::First, vec![values_of()]);
        let sig = (vec![v.clone(), Type::Str], Some(Type::Str));
        self.library_method(id, "Get", sig, vec![StmtKind::Return(Some(get))], 2);
        let set = StmtKind::MapSet(m(), key(), Expr::SliceLit(vec![value()]));
        self.library_method(
            id,
            "Set",
            (vec![v.clone(), Type::Str, Type::Str], None),
            vec![set],
            3,
        );
        let grow = Grow {
            size: 16,
            pointers: true,
            zero: Expr::str(""),
            stack: None,
        };
        let appended = Expr::Append {
            slice: Box::new(values_of()),
            items: vec![value()],
            spread: false,
            grow: Box::new(grow),
        };
        let add = StmtKind::MapSet(m(), key(), appended);
        self.library_method(
            id,
            "Add",
            (vec![v.clone(), Type::Str, Type::Str], None),
            vec![add],
            3,
        );
        let del = StmtKind::MapDelete(m(), key());
        self.library_method(id, "Del", (vec![v.clone(), Type::Str], None), vec![del], 2);
        let has = vec![
            StmtKind::MapLookup {
                map: m(),
                key: key(),
                zero: Expr::NilSlice,
                into: vec![Target::Discard, Target::Declare(2)],
            },
            StmtKind::Return(Some(Expr::Local(2))),
        ];
        self.library_method(
            id,
            "Has",
            (vec![v.clone(), Type::Str], Some(Type::Bool)),
            has,
            3,
        );
        let encode = vec![StmtKind::Return(Some(lib(UrlOp::Encode, vec![m()])))];
        self.library_method(id, "Encode", (vec![v.clone()], Some(Type::Str)), encode, 1);
        v
    }

    /// A new empty `url.Values` for a call to fill, named for the race detector.
    pub(super) fn new_values(&mut self, name: &str) -> Expr {
        let var = self.hidden_var(name);
        Expr::MakeMap {
            var,
            entries: Vec::new(),
        }
    }

    /// Whether `ty` is one of `net/url`'s types or a pointer to one; its name.
    pub(super) fn url_type_name(&self, ty: &Type) -> Option<&'static str> {
        let ty = match ty {
            Type::Pointer(inner) => inner,
            t => t,
        };
        let id = match ty {
            Type::Struct(id, _) | Type::Named(id, ..) => *id,
            _ => return None,
        };
        [URL, USERINFO, VALUES]
            .into_iter()
            .find(|name| self.structs.by_name.get(*name) == Some(&id))
    }
}
