//! `text/template`'s parser: the lexer's items made into a tree of text, actions, `if`,
//! `range` and `with`, with Go's parse errors (`template: t:1: unexpected "}" in operand`).
//! What syncscope does not run (`define`, `template`, `block`, `break`, `continue`) is
//! refused by name.

use super::template_lex::{Item, Tok, lex};

#[derive(Debug)]
pub(super) enum Node {
    Text(String),
    Action(Pipe),
    /// `if`, `range` or `with`, by its keyword.
    Control(&'static str, Box<Branch>),
}

#[derive(Debug)]
pub(super) struct Branch {
    pub(super) pipe: Pipe,
    pub(super) list: Vec<Node>,
    pub(super) other: Option<Vec<Node>>,
}

#[derive(Debug)]
pub(super) struct Pipe {
    pub(super) pos: usize,
    pub(super) decl: Vec<String>,
    pub(super) assign: bool,
    pub(super) cmds: Vec<Cmd>,
}

#[derive(Debug)]
pub(super) struct Cmd {
    pub(super) pos: usize,
    pub(super) args: Vec<Arg>,
}

#[derive(Debug)]
pub(super) enum Term {
    /// `.A.B`: the names.
    Field(Vec<String>),
    /// `$x.A`: the variable, then the names.
    Var(String, Vec<String>),
    Dot,
    Nil,
    Bool(bool),
    /// A number or a character constant, as written.
    Number(String),
    /// Its value and its text as written.
    Str(String, String),
    Func(String),
    Pipe(Box<Pipe>),
    /// `(pipe).A.B`.
    Chain(Box<Arg>, Vec<String>),
}

#[derive(Debug)]
pub(super) struct Arg {
    pub(super) pos: usize,
    pub(super) term: Term,
}

/// Go's functions of every template.
pub(super) const BUILTINS: [&str; 19] = [
    "and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf",
    "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne",
];

/// The context Go's errors name inside `(...)`.
pub(super) const PAREN: &str = "parenthesized pipeline";

/// Why a text is not parsed: Go's error, or what syncscope does not run.
pub(super) enum Failed {
    Go(String),
    NotRun(String),
}

pub(super) struct Parser {
    pub(super) items: Vec<Item>,
    pub(super) at: usize,
    /// The furthest item looked at: Go's errors name its line.
    pub(super) far: std::cell::Cell<usize>,
    pub(super) vars: Vec<String>,
    pub(super) name: String,
}

/// The tree of `text`, parsed as template `name`.
pub(super) fn parse(name: &str, text: &str) -> Result<Vec<Node>, Failed> {
    let mut p = Parser {
        items: lex(text),
        at: 0,
        far: std::cell::Cell::new(0),
        vars: vec!["$".into()],
        name: name.into(),
    };
    let mut root = Vec::new();
    while p.peek().tok != Tok::Eof {
        match p.text_or_action()? {
            Ok(n) => root.push(n),
            Err(end) => {
                return Err(p.fail(&format!(
                    "unexpected {}",
                    super::template_show::end_text(end)
                )));
            }
        }
    }
    Ok(root)
}

pub(super) type Parsed<T> = Result<T, Failed>;

impl Parser {
    pub(super) fn peek(&self) -> Item {
        let last = self.items.len().saturating_sub(1);
        let at = self.at.min(last);
        self.far.set(self.far.get().max(at));
        self.items[at].clone()
    }

    pub(super) fn next(&mut self) -> Item {
        let item = self.peek();
        self.at += 1;
        item
    }

    pub(super) fn skip_spaces(&mut self) {
        while self.peek().tok == Tok::Space {
            self.next();
        }
    }

    pub(super) fn next_non_space(&mut self) -> Item {
        self.skip_spaces();
        self.next()
    }

    pub(super) fn peek_non_space(&mut self) -> Item {
        self.skip_spaces();
        self.peek()
    }

    pub(super) fn fail(&self, why: &str) -> Failed {
        let line = self.items.get(self.far.get()).map_or(1, |i| i.line);
        Failed::Go(format!("template: {}:{}: {why}", self.name, line))
    }

    pub(super) fn unexpected(&self, item: &Item, context: &str) -> Failed {
        let text = super::template_show::item(&item.tok);
        match item.tok {
            Tok::Error(_) => self.fail(&text),
            _ => self.fail(&format!("unexpected {text} in {context}")),
        }
    }

    /// A node, or the `end` or `else` that closes a list (`Err` of its keyword).
    fn text_or_action(&mut self) -> Parsed<Result<Node, &'static str>> {
        let item = self.next_non_space();
        match item.tok {
            Tok::Text(t) => Ok(Ok(Node::Text(t))),
            Tok::Left => self.action(),
            _ => Err(self.unexpected(&item, "input")),
        }
    }

    fn action(&mut self) -> Parsed<Result<Node, &'static str>> {
        let item = self.peek_non_space();
        if let Tok::Keyword(k) = item.tok {
            self.next();
            return match k {
                "if" | "range" | "with" => Ok(Ok(self.control(k)?)),
                "end" => {
                    self.expect_right("end")?;
                    Ok(Err("end"))
                }
                "else" => {
                    let after = self.peek_non_space();
                    if !matches!(after.tok, Tok::Keyword("if" | "with")) {
                        self.expect_right("else")?;
                    }
                    Ok(Err("else"))
                }
                _ => Err(Failed::NotRun(format!("text/template's {{{{{k}}}}}"))),
            };
        }
        Ok(Ok(Node::Action(self.pipeline("command")?)))
    }

    fn expect_right(&mut self, context: &str) -> Parsed<()> {
        let item = self.next_non_space();
        match item.tok {
            Tok::Right => Ok(()),
            _ => Err(self.unexpected(&item, context)),
        }
    }

    /// The nodes up to `{{end}}` or `{{else}}`, and which.
    fn list(&mut self) -> Parsed<(Vec<Node>, &'static str)> {
        let mut nodes = Vec::new();
        while self.peek_non_space().tok != Tok::Eof {
            match self.text_or_action()? {
                Ok(n) => nodes.push(n),
                Err(end) => return Ok((nodes, end)),
            }
        }
        Err(self.fail("unexpected EOF"))
    }

    fn control(&mut self, kind: &'static str) -> Parsed<Node> {
        let vars = self.vars.len();
        let pipe = self.pipeline(kind)?;
        let (list, end) = self.list()?;
        let mut other = None;
        if end == "else" {
            let chained = matches!(self.peek().tok, Tok::Keyword(k) if k == kind && k != "range");
            if chained {
                self.next();
                other = Some(vec![self.control(kind)?]);
            } else {
                let (nodes, end) = self.list()?;
                if end != "end" {
                    return Err(self.fail(&format!(
                        "expected end; found {}",
                        super::template_show::end_text(end)
                    )));
                }
                other = Some(nodes);
            }
        }
        self.vars.truncate(vars);
        let branch = Branch { pipe, list, other };
        Ok(Node::Control(kind, Box::new(branch)))
    }

    pub(super) fn pipeline(&mut self, context: &'static str) -> Parsed<Pipe> {
        let first = self.peek_non_space();
        let mut pipe = Pipe {
            pos: first.pos,
            decl: Vec::new(),
            assign: false,
            cmds: Vec::new(),
        };
        self.declarations(&mut pipe, context)?;
        loop {
            let item = self.next_non_space();
            match item.tok {
                Tok::Right | Tok::RParen if (item.tok == Tok::Right) == (context != PAREN) => {
                    if pipe.cmds.is_empty() {
                        return Err(self.fail(&format!("missing value for {context}")));
                    }
                    for (i, c) in pipe.cmds.iter().enumerate().skip(1) {
                        let literal = matches!(
                            c.args.first().map(|a| &a.term),
                            Some(
                                Term::Bool(_)
                                    | Term::Dot
                                    | Term::Nil
                                    | Term::Number(_)
                                    | Term::Str(..)
                            )
                        );
                        if literal {
                            let why = format!("non executable command in pipeline stage {}", i + 1);
                            return Err(self.fail(&why));
                        }
                    }
                    return Ok(pipe);
                }
                Tok::Bool(_)
                | Tok::Char(_)
                | Tok::Dot
                | Tok::Field(_)
                | Tok::Ident(_)
                | Tok::Number(_)
                | Tok::Nil
                | Tok::Str(..)
                | Tok::Var(_)
                | Tok::LParen => {
                    self.at -= 1;
                    pipe.cmds.push(self.command()?);
                }
                _ => return Err(self.unexpected(&item, context)),
            }
        }
    }

    /// `$x :=`, `$x =` or `$i, $v :=` at a pipeline's start.
    fn declarations(&mut self, pipe: &mut Pipe, context: &str) -> Parsed<()> {
        loop {
            let v = self.peek_non_space();
            let Tok::Var(name) = v.tok else {
                return Ok(());
            };
            let save = self.at;
            self.next();
            let next = self.peek_non_space();
            match next.tok {
                Tok::Declare | Tok::Assign => {
                    self.next();
                    pipe.assign = next.tok == Tok::Assign;
                    pipe.decl.push(name.clone());
                    self.vars.push(name);
                    return Ok(());
                }
                Tok::Other(',') => {
                    self.next();
                    pipe.decl.push(name.clone());
                    self.vars.push(name);
                    if context == "range" && pipe.decl.len() < 2 {
                        if matches!(self.peek_non_space().tok, Tok::Var(_)) {
                            continue;
                        }
                        return Err(self.fail("range can only initialize variables"));
                    }
                    return Err(self.fail(&format!("too many declarations in {context}")));
                }
                _ => {
                    self.at = save;
                    return Ok(());
                }
            }
        }
    }
}

pub(super) fn quote(s: &str) -> String {
    super::strconv::quote(s)
}
