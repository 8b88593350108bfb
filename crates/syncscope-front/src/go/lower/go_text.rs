//! Expressions and types as Go's compiler writes them in its messages: printed from the
//! syntax tree, not copied from the source, so `a*2+b` is `a * 2 + b`, `f(1,2)` is
//! `f(1, 2)`, and a composite literal's elements and a function literal's body are `{…}`
//! (`{}` when empty). What this printer does not know is the source text, its whitespace
//! made single spaces.

use super::Lowerer;
use syncscope_program::safe_text::one_line;
use tree_sitter::Node;

/// How long a printed expression may get in a message before it is cut with `…`.
const SHOWN_CHARS: usize = 100;

impl Lowerer<'_> {
    /// `n` as Go's messages print it, on one safe line.
    pub(super) fn expr_text(&self, n: Node) -> String {
        one_line(&self.go_text(n), SHOWN_CHARS)
    }

    /// `n` as Go's messages print it.
    pub(super) fn go_text(&self, n: Node) -> String {
        let mut out = String::new();
        self.go_print(n, &mut out);
        out
    }

    fn go_print(&self, n: Node, out: &mut String) {
        let field = |name: &str| n.child_by_field_name(name);
        match n.kind() {
            "binary_expression" => {
                self.go_field(field("left"), out);
                out.push(' ');
                self.go_field(field("operator"), out);
                out.push(' ');
                self.go_field(field("right"), out);
            }
            "unary_expression" => {
                self.go_field(field("operator"), out);
                self.go_field(field("operand"), out);
            }
            "call_expression" => {
                self.go_field(field("function"), out);
                self.go_field(field("type_arguments"), out);
                self.go_field(field("arguments"), out);
            }
            "argument_list" => self.go_list(n, "(", ")", out),
            "type_arguments" => self.go_list(n, "[", "]", out),
            "variadic_argument" => {
                self.go_children(n, out);
                out.push_str("...");
            }
            "selector_expression" => {
                self.go_field(field("operand"), out);
                out.push('.');
                self.go_field(field("field"), out);
            }
            "index_expression" => {
                self.go_field(field("operand"), out);
                out.push('[');
                self.go_field(field("index"), out);
                out.push(']');
            }
            "slice_expression" => {
                self.go_field(field("operand"), out);
                out.push('[');
                self.go_field(field("start"), out);
                out.push(':');
                self.go_field(field("end"), out);
                if let Some(cap) = field("capacity") {
                    out.push(':');
                    self.go_print(cap, out);
                }
                out.push(']');
            }
            "type_assertion_expression" => {
                self.go_field(field("operand"), out);
                out.push_str(".(");
                self.go_field(field("type"), out);
                out.push(')');
            }
            "type_conversion_expression" => {
                self.go_field(field("type"), out);
                out.push('(');
                self.go_field(field("operand"), out);
                out.push(')');
            }
            "parenthesized_expression" | "parenthesized_type" => {
                out.push('(');
                self.go_children(n, out);
                out.push(')');
            }
            "composite_literal" => {
                self.go_field(field("type"), out);
                let empty = field("body").is_none_or(|b| b.named_child_count() == 0);
                out.push_str(if empty { "{}" } else { "{…}" });
            }
            "func_literal" => {
                out.push_str("func");
                self.go_signature(n, out);
                let empty = field("body").is_none_or(|b| b.named_child_count() == 0);
                out.push_str(if empty { " {}" } else { " {…}" });
            }
            "keyed_element" => {
                self.go_field(field("key"), out);
                out.push_str(": ");
                self.go_field(field("value"), out);
            }
            "literal_element" => self.go_children(n, out),
            "pointer_type" => {
                out.push('*');
                self.go_children(n, out);
            }
            "slice_type" => {
                out.push_str("[]");
                self.go_field(field("element"), out);
            }
            "array_type" => {
                out.push('[');
                self.go_field(field("length"), out);
                out.push(']');
                self.go_field(field("element"), out);
            }
            "implicit_length_array_type" => {
                out.push_str("[...]");
                self.go_field(field("element"), out);
            }
            "map_type" => {
                out.push_str("map[");
                self.go_field(field("key"), out);
                out.push(']');
                self.go_field(field("value"), out);
            }
            "channel_type" => {
                let text = self.text_of(n);
                out.push_str(if text.starts_with("<-") {
                    "<-chan "
                } else if text["chan".len().min(text.len())..]
                    .trim_start()
                    .starts_with("<-")
                {
                    "chan<- "
                } else {
                    "chan "
                });
                self.go_field(field("value"), out);
            }
            "function_type" => {
                out.push_str("func");
                self.go_signature(n, out);
            }
            "generic_type" => {
                self.go_field(field("type"), out);
                self.go_field(field("type_arguments"), out);
            }
            "qualified_type" => {
                self.go_field(field("package"), out);
                out.push('.');
                self.go_field(field("name"), out);
            }
            "negated_type" => {
                out.push('~');
                self.go_children(n, out);
            }
            "type_elem" => self.go_joined(n, " | ", out),
            "struct_type" => {
                out.push_str("struct{");
                let mut cursor = n.walk();
                let lists = n.named_children(&mut cursor).collect::<Vec<_>>();
                for list in lists
                    .iter()
                    .filter(|c| c.kind() == "field_declaration_list")
                {
                    let mut cursor = list.walk();
                    let fields = list
                        .named_children(&mut cursor)
                        .filter(|f| f.kind() == "field_declaration");
                    for (i, field) in fields.enumerate() {
                        if i > 0 {
                            out.push_str("; ");
                        }
                        self.go_parameter(field, out);
                    }
                }
                out.push('}');
            }
            "inc_statement" | "dec_statement" => {
                self.go_children(n, out);
                out.push_str(if n.kind() == "inc_statement" {
                    "++"
                } else {
                    "--"
                });
            }
            "expression_list" => self.go_joined(n, ", ", out),
            "assignment_statement" | "short_var_declaration" => {
                self.go_field(field("left"), out);
                out.push(' ');
                match field("operator") {
                    Some(op) => out.push_str(self.text_of(op)),
                    None => out.push_str(":="),
                }
                out.push(' ');
                self.go_field(field("right"), out);
            }
            "send_statement" => {
                self.go_field(field("channel"), out);
                out.push_str(" <- ");
                self.go_field(field("value"), out);
            }
            "parameter_list" => self.go_list(n, "(", ")", out),
            "parameter_declaration" | "variadic_parameter_declaration" => {
                self.go_parameter(n, out);
            }
            // Names, literals, and what is printed as written.
            "interpreted_string_literal" | "raw_string_literal" | "rune_literal" => {
                out.push_str(self.text_of(n));
            }
            _ if n.named_child_count() == 0 => out.push_str(self.text_of(n)),
            _ => {
                let words: Vec<&str> = self.text_of(n).split_whitespace().collect();
                out.push_str(&words.join(" "));
            }
        }
    }

    fn go_field(&self, n: Option<Node>, out: &mut String) {
        if let Some(n) = n {
            self.go_print(n, out);
        }
    }

    /// The named children one after another (a parenthesized expression's inside).
    fn go_children(&self, n: Node, out: &mut String) {
        let mut cursor = n.walk();
        for child in n.named_children(&mut cursor) {
            if child.kind() != "comment" {
                self.go_print(child, out);
            }
        }
    }

    /// The named children between `open` and `close`, separated by commas.
    fn go_list(&self, n: Node, open: &str, close: &str, out: &mut String) {
        out.push_str(open);
        self.go_joined(n, ", ", out);
        out.push_str(close);
    }

    fn go_joined(&self, n: Node, separator: &str, out: &mut String) {
        let mut cursor = n.walk();
        let kids = n
            .named_children(&mut cursor)
            .filter(|c| c.kind() != "comment");
        for (i, child) in kids.enumerate() {
            if i > 0 {
                out.push_str(separator);
            }
            self.go_print(child, out);
        }
    }

    /// `(a, b int, s ...string) (int, error)`: a function's parameters and results.
    fn go_signature(&self, n: Node, out: &mut String) {
        self.go_field(n.child_by_field_name("parameters"), out);
        if let Some(result) = n.child_by_field_name("result") {
            out.push(' ');
            self.go_print(result, out);
        }
    }

    /// `a, b int` or `int` or `xs ...string`, as the declaration groups its names.
    fn go_parameter(&self, n: Node, out: &mut String) {
        let mut cursor = n.walk();
        let names: Vec<&str> = n
            .children_by_field_name("name", &mut cursor)
            .map(|name| self.text_of(name))
            .collect();
        out.push_str(&names.join(", "));
        if !names.is_empty() {
            out.push(' ');
        }
        if n.kind() == "variadic_parameter_declaration" {
            out.push_str("...");
        }
        self.go_field(n.child_by_field_name("type"), out);
    }
}
