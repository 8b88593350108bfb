//! A template's commands and their operands: fields, variables, constants, functions and
//! parenthesized pipelines, with Go's parse errors for each.

use super::template_lex::Tok;
use super::template_parse::{Arg, BUILTINS, Cmd, PAREN, Parsed, Parser, Term, quote};

impl Parser {
    pub(super) fn command(&mut self) -> Parsed<Cmd> {
        let pos = self.peek_non_space().pos;
        let mut args = Vec::new();
        loop {
            self.skip_spaces();
            if let Some(arg) = self.operand()? {
                args.push(arg);
            }
            let item = self.next();
            match item.tok {
                Tok::Space => continue,
                Tok::Right | Tok::RParen => self.at -= 1,
                Tok::Pipe => {}
                _ => return Err(self.unexpected(&item, "operand")),
            }
            break;
        }
        if args.is_empty() {
            return Err(self.fail("empty command"));
        }
        Ok(Cmd { pos, args })
    }

    fn operand(&mut self) -> Parsed<Option<Arg>> {
        let Some(arg) = self.term()? else {
            return Ok(None);
        };
        let mut names = Vec::new();
        let mut pos = arg.pos;
        while let Tok::Field(f) = self.peek().tok {
            pos = self.peek().pos;
            self.next();
            names.push(f);
        }
        if names.is_empty() {
            return Ok(Some(arg));
        }
        let term = match arg.term {
            Term::Field(mut first) => {
                first.extend(names);
                Term::Field(first)
            }
            Term::Var(v, mut first) => {
                first.extend(names);
                Term::Var(v, first)
            }
            Term::Bool(_) | Term::Str(..) | Term::Number(_) | Term::Nil | Term::Dot => {
                let text = super::template_show::arg(&arg);
                return Err(self.fail(&format!("unexpected . after term {}", quote(&text))));
            }
            _ => Term::Chain(Box::new(arg), names),
        };
        Ok(Some(Arg { pos, term }))
    }

    fn term(&mut self) -> Parsed<Option<Arg>> {
        let item = self.next_non_space();
        let term = match item.tok {
            Tok::Ident(name) => {
                if !BUILTINS.contains(&name.as_str()) {
                    return Err(self.fail(&format!("function {} not defined", quote(&name))));
                }
                Term::Func(name)
            }
            Tok::Dot => Term::Dot,
            Tok::Nil => Term::Nil,
            Tok::Var(name) => {
                if !self.vars.contains(&name) {
                    return Err(self.fail(&format!("undefined variable {}", quote(&name))));
                }
                Term::Var(name, Vec::new())
            }
            Tok::Field(f) => Term::Field(vec![f]),
            Tok::Bool(b) => Term::Bool(b),
            Tok::Char(n) if super::template_values::number(&n).is_none() => {
                return Err(self.fail(&format!("malformed character constant: {n}")));
            }
            Tok::Number(n) | Tok::Char(n) => {
                if super::template_values::number(&n).is_none() {
                    return Err(self.fail(&format!("illegal number syntax: {}", quote(&n))));
                }
                Term::Number(n)
            }
            Tok::Str(value, raw) => Term::Str(value, raw),
            Tok::LParen => Term::Pipe(Box::new(self.pipeline(PAREN)?)),
            _ => {
                self.at -= 1;
                return Ok(None);
            }
        };
        Ok(Some(Arg {
            pos: item.pos,
            term,
        }))
    }
}
