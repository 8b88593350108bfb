//! `path/filepath`'s pure functions on Unix paths, as Go 1.26 computes them
//! (src/path/filepath/path.go and internal/filepathlite): `Clean`, `Join`, `Dir`, `Base`,
//! `Ext`, `IsAbs`, `Split` and `Rel` with its error.

use super::value::Value;
use syncscope_program::Lib;

pub(super) fn call(f: Lib, args: &[Value]) -> Option<Result<Value, String>> {
    let text = |i: usize| match args.get(i) {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    let str = |s: String| Value::Str(s.into());
    let pair = |a: Value, b: Value| Value::Slice(super::slices::SliceVal::new(vec![a, b]));
    Some(Ok(match f {
        Lib::FilepathClean => str(clean(&text(0))),
        Lib::FilepathJoin => {
            let elems: Vec<String> = match args.first() {
                Some(Value::Slice(s)) => s
                    .items()
                    .iter()
                    .map(|v| match v {
                        Value::Str(s) => s.to_string(),
                        _ => String::new(),
                    })
                    .collect(),
                _ => Vec::new(),
            };
            str(join(&elems))
        }
        Lib::FilepathDir => str(dir(&text(0))),
        Lib::FilepathBase => str(base(&text(0))),
        Lib::FilepathExt => str(ext(&text(0)).to_string()),
        Lib::FilepathIsAbs => Value::Bool(text(0).starts_with('/')),
        Lib::FilepathSplit => {
            let path = text(0);
            let i = path.rfind('/').map_or(0, |i| i + 1);
            pair(str(path[..i].to_string()), str(path[i..].to_string()))
        }
        Lib::FilepathRel => match rel(&text(0), &text(1)) {
            Ok(r) => pair(str(r), Value::Chan(None)),
            Err(e) => pair(str(String::new()), super::iface::new_error(&e)),
        },
        _ => return None,
    }))
}

/// Go's `Clean`: the shortest path naming the same file, by lexical processing alone.
fn clean(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let p = path.as_bytes();
    let rooted = p[0] == b'/';
    let n = p.len();
    let mut out: Vec<u8> = Vec::new();
    let (mut r, mut dotdot) = (0, 0);
    if rooted {
        out.push(b'/');
        (r, dotdot) = (1, 1);
    }
    while r < n {
        if p[r] == b'/' || (p[r] == b'.' && (r + 1 == n || p[r + 1] == b'/')) {
            r += 1;
        } else if p[r] == b'.' && p[r + 1] == b'.' && (r + 2 == n || p[r + 2] == b'/') {
            r += 2;
            if out.len() > dotdot {
                out.pop();
                while out.len() > dotdot && out[out.len() - 1] != b'/' {
                    out.pop();
                }
                // The separator before the element goes too.
                if out.len() > dotdot {
                    out.pop();
                }
            } else if !rooted {
                if !out.is_empty() {
                    out.push(b'/');
                }
                out.extend_from_slice(b"..");
                dotdot = out.len();
            }
        } else {
            if (rooted && out.len() != 1) || (!rooted && !out.is_empty()) {
                out.push(b'/');
            }
            while r < n && p[r] != b'/' {
                out.push(p[r]);
                r += 1;
            }
        }
    }
    if out.is_empty() {
        return ".".into();
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(super) fn join(elems: &[String]) -> String {
    match elems.iter().position(|e| !e.is_empty()) {
        Some(i) => clean(&elems[i..].join("/")),
        None => String::new(),
    }
}

fn dir(path: &str) -> String {
    let i = path.rfind('/').map_or(0, |i| i + 1);
    clean(&path[..i])
}

fn base(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let path = path.trim_end_matches('/');
    let path = match path.rfind('/') {
        Some(i) => &path[i + 1..],
        None => path,
    };
    if path.is_empty() {
        return "/".into();
    }
    path.to_string()
}

fn ext(path: &str) -> &str {
    for (i, c) in path.bytes().enumerate().rev() {
        match c {
            b'/' => break,
            b'.' => return &path[i..],
            _ => {}
        }
    }
    ""
}

fn rel(base_path: &str, targ_path: &str) -> Result<String, String> {
    let base = clean(base_path);
    let targ = clean(targ_path);
    if targ == base {
        return Ok(".".into());
    }
    let base = if base == "." { String::new() } else { base };
    let fail = || format!("Rel: can't make {targ_path} relative to {base_path}");
    if base.starts_with('/') != targ.starts_with('/') {
        return Err(fail());
    }
    let (b, t) = (base.as_bytes(), targ.as_bytes());
    let (bl, tl) = (b.len(), t.len());
    let (mut b0, mut bi, mut t0, mut ti) = (0, 0, 0, 0);
    loop {
        while bi < bl && b[bi] != b'/' {
            bi += 1;
        }
        while ti < tl && t[ti] != b'/' {
            ti += 1;
        }
        if t[t0..ti] != b[b0..bi] {
            break;
        }
        if bi < bl {
            bi += 1;
        }
        if ti < tl {
            ti += 1;
        }
        b0 = bi;
        t0 = ti;
    }
    if &b[b0..bi] == b".." {
        return Err(fail());
    }
    if b0 != bl {
        let seps = b[b0..bl].iter().filter(|&&c| c == b'/').count();
        let mut buf = String::from("..");
        for _ in 0..seps {
            buf.push_str("/..");
        }
        if t0 != tl {
            buf.push('/');
            buf.push_str(&targ[t0..]);
        }
        return Ok(clean(&buf));
    }
    Ok(targ[t0..].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_gos() {
        assert_eq!(clean("a//b/./c/../d/"), "a/b/d");
        assert_eq!(clean("/../x"), "/x");
        assert_eq!(clean("../../a/.."), "../..");
        assert_eq!(join(&["".into(), "a".into(), "b/../c".into()]), "a/c");
        assert_eq!(dir("/usr/lib/"), "/usr/lib");
        assert_eq!(base("/usr/lib//"), "lib");
        assert_eq!(ext("archive.tar.gz"), ".gz");
        assert_eq!(rel("/a/b", "/a/c/d"), Ok("../c/d".into()));
        assert!(rel("a", "/b").is_err());
    }
}
