//! Channel events as arrays: `[..., "chan", chan, op, ...fields]`, the fields in the order
//! `ChanOp` has them, absent goroutines and values as `null`.

use super::id;
use crate::event::{ChanOp, Gid};
use serde_json::{Value, json};

pub fn to_json(chan: u32, op: &ChanOp) -> Vec<Value> {
    let gid = |g: &Option<Gid>| json!(g.map(|g| g.0));
    let fields = match op {
        ChanOp::Make { name, cap } => vec![json!("make"), json!(name.as_ref()), json!(cap)],
        ChanOp::Send { value, to } => vec![json!("send"), json!(value.as_ref()), gid(to)],
        ChanOp::Recv { value, ok, from } => {
            vec![json!("recv"), json!(value.as_ref()), json!(ok), gid(from)]
        }
        ChanOp::Wait { send, select } => {
            vec![json!("wait"), json!(send.as_deref()), json!(select)]
        }
        ChanOp::Close => vec![json!("close")],
    };
    [vec![json!(chan)], fields].concat()
}

/// From the fields after the kind: `a[0]` is the channel.
pub fn from_json(a: &[Value]) -> Result<(u32, ChanOp), String> {
    let at = |i: usize| a.get(i).ok_or_else(|| format!("channel field {i} missing"));
    let text = |i: usize| {
        at(i)?
            .as_str()
            .ok_or_else(|| format!("channel field {i} is not a string"))
    };
    let flag = |i: usize| {
        at(i)?
            .as_bool()
            .ok_or_else(|| format!("channel field {i} is not true or false"))
    };
    let gid = |i: usize| match at(i)? {
        Value::Null => Ok(None),
        v => v
            .as_u64()
            .ok_or_else(|| format!("channel field {i} is not a goroutine"))
            .and_then(id)
            .map(|g| Some(Gid(g))),
    };
    let number = at(0)?.as_u64().ok_or("the channel is not a number")?;
    let chan = u32::try_from(number).map_err(|_| format!("channel {number} too big"))?;
    let op = match text(1)? {
        "make" => ChanOp::Make {
            name: text(2)?.into(),
            cap: at(3)?
                .as_u64()
                .and_then(|c| u32::try_from(c).ok())
                .ok_or("the channel's cap is not a number")?,
        },
        "send" => ChanOp::Send {
            value: text(2)?.into(),
            to: gid(3)?,
        },
        "recv" => ChanOp::Recv {
            value: text(2)?.into(),
            ok: flag(3)?,
            from: gid(4)?,
        },
        "wait" => ChanOp::Wait {
            send: match at(2)? {
                Value::Null => None,
                _ => Some(text(2)?.into()),
            },
            select: flag(3)?,
        },
        "close" => ChanOp::Close,
        other => return Err(format!("unknown channel operation '{other}'")),
    };
    Ok((chan, op))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_operation_comes_back_as_it_went() {
        let ops = [
            ChanOp::Make {
                name: "jobs".into(),
                cap: 3,
            },
            ChanOp::Send {
                value: "id2".into(),
                to: Some(Gid(1)),
            },
            ChanOp::Send {
                value: "x".into(),
                to: None,
            },
            ChanOp::Recv {
                value: "0".into(),
                ok: false,
                from: None,
            },
            ChanOp::Recv {
                value: "a\u{1b}b".into(),
                ok: true,
                from: Some(Gid::MAIN),
            },
            ChanOp::Wait {
                send: Some("v".into()),
                select: true,
            },
            ChanOp::Wait {
                send: None,
                select: false,
            },
            ChanOp::Close,
        ];
        for op in ops {
            let encoded = to_json(7, &op);
            assert_eq!(from_json(&encoded), Ok((7, op)));
        }
        let bad = [json!(1), json!("teleport")];
        assert!(
            from_json(&bad)
                .unwrap_err()
                .contains("unknown channel operation")
        );
        let short = [json!(1), json!("send"), json!("x")];
        assert!(from_json(&short).unwrap_err().contains("missing"));
    }
}
