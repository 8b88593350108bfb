//! `text/template`: a template is parsed and run by the engine; the front end says which
//! call it is and, for `Execute`, the shape (`json::Shape`) of the data's static type, which
//! gives its fields their Go names.

/// `template.New(name)`, `t.Parse(text)`, `template.Must(t, err)` and `t.Execute(w, data)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TmplOp {
    New,
    /// The template and the text: the template (changed in place, as Go's is) and the error.
    Parse,
    /// The pair `Parse` gives: the template, or a panic with the error.
    Must,
    /// The template, the file and the data, of this shape: the error.
    Execute(usize),
    /// `t.Name()`.
    Name,
}
