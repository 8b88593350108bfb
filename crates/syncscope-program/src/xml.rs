//! `encoding/xml`: how a struct reads and writes as XML, beside the `json::Shape` of each
//! type (the run's values carry no field names or tags), in a table of its own
//! (`Program::xml`) made by the same front-end walk with the `xml` tags read.

use std::sync::Arc;

/// `xml.Marshal`, `MarshalIndent` and `Unmarshal`, with the shape of the argument they
/// read (`Unmarshal`'s second).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XmlOp {
    Marshal(usize),
    MarshalIndent(usize),
    Unmarshal(usize),
}

/// What a struct's fields are to `encoding/xml`, as Go's `getTypeInfo` finds them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct XmlStruct {
    /// The `XMLName` field: its path (none if it is not an `xml.Name`) and its tag's name
    /// (empty if it names none).
    pub xml_name: Option<(Vec<usize>, Arc<str>)>,
    /// The fields in Go's order, embedded structs' in place.
    pub fields: Vec<XmlField>,
    /// Go's error about the struct's tags, which `Marshal` and `Unmarshal` give.
    pub error: Option<Arc<str>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct XmlField {
    /// The element's or attribute's name.
    pub name: Arc<str>,
    /// The elements a tag's `a>b>name` puts it in.
    pub parents: Vec<Arc<str>>,
    pub kind: XmlKind,
    /// The field indexes from the struct to it (more than one through embedded structs).
    pub path: Vec<usize>,
    pub shape: usize,
    pub omitempty: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum XmlKind {
    Element,
    Attr,
    CharData,
    InnerXml,
    Comment,
}
