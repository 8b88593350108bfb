//! `encoding/xml`'s calls: `Marshal`, `MarshalIndent` and `Unmarshal`, with Go's errors as
//! values of its error types.

use super::Goroutine;
use super::iface::typed_error;
use super::json_encode::Fail;
use super::slices::SliceVal;
use super::value::Value;
use super::xml_decode::Halt;
use super::xml_print::Printer;
use super::xml_scan::{Scanner, Token};
use crate::sched::Stop;
use syncscope_program::json::Shape;
use syncscope_program::xml::XmlOp;

/// What a function gives for no error.
const NIL: Value = Value::Chan(None);

impl Goroutine {
    pub(super) fn xml_lib(&self, op: XmlOp, args: &[Value]) -> Result<Value, Stop> {
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Unit);
        let text = |i: usize| match args.get(i) {
            Some(Value::Str(s)) => s.to_string(),
            _ => String::new(),
        };
        match op {
            XmlOp::Marshal(shape) | XmlOp::MarshalIndent(shape) => {
                let mut p = Printer::new(&text(1), &text(2));
                let (bytes, err) = match self.xml_encode(&mut p, &arg(0), shape) {
                    Ok(()) => (super::codecs::byte_slice(p.out.as_bytes()), NIL),
                    Err(Fail::Go(text, ty)) => {
                        (Value::Slice(SliceVal::nil()), typed_error(text, ty))
                    }
                    Err(Fail::Run(stop)) => return Err(stop),
                };
                Ok(Value::Slice(SliceVal::new(vec![bytes, err])))
            }
            XmlOp::Unmarshal(shape) => {
                let data = super::codecs::bytes_of(args.first());
                match self.xml_unmarshal(&data, arg(1), shape) {
                    Ok(()) => Ok(NIL),
                    // A document without an element ends in `io.EOF` itself.
                    Err(Halt::Go(text, _)) if text == "EOF" => Ok(self.shared.files.eof.clone()),
                    Err(Halt::Go(text, ty)) => Ok(typed_error(text, ty)),
                    Err(Halt::Run(stop)) => Err(stop),
                }
            }
        }
    }

    /// `xml.Unmarshal(data, target)`: the document's first element into what `target`,
    /// of shape `shape`, points to.
    fn xml_unmarshal(&self, data: &[u8], target: Value, shape: usize) -> Result<(), Halt> {
        let shapes = &self.shared.program.xml;
        let (mut target, mut shape) = (target, shape);
        if let (Some(Shape::Iface), Value::Iface(Some(b))) = (shapes.shapes.get(shape), &target) {
            let Some(Some(dynamic)) = shapes.by_rt.get(b.ty) else {
                let why = format!("syncscope does not run xml of a {} yet", b.name);
                return Err(Halt::Run(Stop::Panic(why)));
            };
            (target, shape) = (b.val.clone(), *dynamic);
        }
        let plain = |text: &str| Err(Halt::Go(text.into(), "*errors.errorString"));
        let inner = match shapes.shapes.get(shape) {
            Some(Shape::Ptr(inner)) => *inner,
            _ => return plain("non-pointer passed to Unmarshal"),
        };
        if !matches!(target, Value::Ptr(_) | Value::Ref(_)) {
            return plain("nil pointer passed to Unmarshal");
        }
        let mut sc = Scanner::new(data);
        let start = loop {
            if let Some(Token::Start(s)) = sc.next()? {
                break s;
            }
        };
        let (_, err) = self.xml_pointer(&mut sc, inner, target, &start)?;
        match err {
            Some(h) => Err(h),
            None => Ok(()),
        }
    }
}
