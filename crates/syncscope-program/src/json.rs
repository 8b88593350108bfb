//! `encoding/json`: what its encoder and decoder need to know of the program's types, which
//! the run's values do not carry (an `int` and an `int64` are one value; a struct's values
//! have no field names or tags). The front end describes each type a call reaches as a
//! `Shape`, in one table per program, and each dynamic type an interface value may hold.

use std::sync::Arc;

/// `json.Marshal`, `MarshalIndent`, `Unmarshal` and `Valid`, with the shape of the argument
/// they read (`Unmarshal`'s second: a pointer, or Go's error that it is not one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonOp {
    Marshal(usize),
    MarshalIndent(usize),
    Unmarshal(usize),
    Valid,
    /// `json.NewEncoder(f)`: the file, then its indent and whether it escapes HTML, which
    /// `SetIndent` and `SetEscapeHTML` change; `enc.Encode(v)` writes `v` and a newline.
    NewEncoder,
    SetIndent,
    SetEscapeHTML,
    Encode(usize),
    /// `json.NewDecoder(r)` of a file or a `strings.Reader`: its descriptor;
    /// `dec.Decode(&v)` reads the stream's next value into `v`; `dec.More()`.
    NewDecoder,
    Decode(usize),
    More,
}

/// How a type reads and writes as JSON, as Go's `encoding/json` does by reflection.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Bool,
    /// A signed integer, its value kept as `Value::Int` (`int`, `int64`, `int32`).
    Int,
    /// `rune`, kept as `Value::Rune`.
    Rune,
    /// `byte`, kept as `Value::Byte`.
    Byte,
    /// `uint32`, kept as `Value::U32`; `uint64` is a `Value::Int` (refused above
    /// `math.MaxInt64`).
    U32,
    Uint64,
    F32,
    F64,
    Str,
    /// `time.Duration`: its nanoseconds, as an `int64`.
    Duration,
    /// `time.Time`: its `MarshalJSON`, RFC 3339 with nanoseconds.
    Time,
    /// `[]byte`: base64.
    Bytes,
    Slice(usize),
    /// `[n]T`: its length and its element's shape.
    Array(usize, usize),
    /// A map of string (`true`) or integer keys.
    Map(bool, usize),
    Struct(StructShape),
    /// A pointer to a struct (`Value::Ptr`) or to another variable (`Value::Ref`).
    Ptr(usize),
    /// An interface: its dynamic type's shape, by `Shapes::by_rt`.
    Iface,
    /// A type `encoding/json` refuses: Go's `json: unsupported type: ...`.
    Unsupported,
    /// A type syncscope does not run `encoding/json` on: what to say, at run time when it
    /// is reached through an interface.
    Refused(Arc<str>),
}

/// A struct's JSON fields in Go's order (embedded structs' promoted fields in place), and
/// every field's shape, which a new value of it is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct StructShape {
    /// As `UnmarshalTypeError` names it: `T`.
    pub name: Arc<str>,
    pub fields: Vec<JsonField>,
    /// The shape of each of its fields, exported or not.
    pub all: Vec<usize>,
    /// Its fields as `encoding/xml` reads them, in `Program::xml`'s table.
    pub xml: Option<crate::xml::XmlStruct>,
    /// The Go name of each of its fields, which `text/template` finds them by.
    pub names: Vec<Arc<str>>,
    /// Which of its fields are embedded, whose fields `text/template` finds through it.
    pub embedded: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsonField {
    /// Its key: the tag's name, or the field's own.
    pub key: Arc<str>,
    /// The field indexes from the struct to it (more than one through embedded structs).
    pub path: Vec<usize>,
    pub shape: usize,
    pub omitempty: bool,
    /// The tag's `,string`: the value written as a JSON string.
    pub quoted: bool,
}

/// The program's shapes, the Go name of each type (`int`, `main.T`, `[]string`, for Go's
/// errors), and the shape of each dynamic type of `Program::types`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shapes {
    pub shapes: Vec<Shape>,
    pub names: Vec<Arc<str>>,
    pub by_rt: Vec<Option<usize>>,
    /// The dynamic types `Unmarshal` into an interface gives: `float64`, `string`, `bool`,
    /// `[]interface {}` and `map[string]interface {}`.
    pub decoded: [usize; 5],
    /// The methods of each shape's type that has any (`text/template` refuses calling them
    /// and printing a value fmt would ask for its `String` or `Error`).
    pub methods: Vec<(usize, Arc<str>)>,
}
