//! A file's imports: the name each package is called by in the file (its own, or the one
//! `import s "strings"` gives it) mapped once to the package. Everything after reads a
//! package by its own name (`strings`), whatever the file calls it.

use super::Lowerer;
use super::decls::specs;
use crate::go::GoError;
use tree_sitter::Node;

/// The packages syncscope runs, by import path.
const PACKAGES: [&str; 9] = [
    "context",
    "fmt",
    "math/rand",
    "math/rand/v2",
    "os",
    "runtime",
    "sync",
    "sync/atomic",
    "time",
];

/// The packages a program may import, in order.
fn packages_run() -> Vec<&'static str> {
    let mut all: Vec<&str> = PACKAGES
        .iter()
        .chain(super::library::PACKAGES)
        .copied()
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// An import and whether the file uses it.
pub(super) struct Import {
    /// The name the file calls it by: `rand` for `math/rand`, `r` for `r "math/rand"`.
    pub(crate) name: String,
    /// The package's own name: `rand`.
    pub(crate) package: String,
    pub(crate) path: String,
    /// Where Go reports it unused: the spec's start, the new name if it has one.
    pub(crate) at: (usize, usize),
    pub(crate) renamed: bool,
    pub(crate) used: bool,
}

impl Lowerer<'_> {
    pub(super) fn imports_of(&mut self, decl: Node) {
        for spec in specs(decl, "import_spec") {
            let Some(path_node) = spec.child_by_field_name("path") else {
                continue;
            };
            let path = self.text_of(path_node).trim_matches(['"', '`']).to_string();
            let new_name = spec.child_by_field_name("name");
            match new_name.map(|n| n.kind()) {
                Some("dot") => {
                    self.unsupported(spec, "dot imports");
                    continue;
                }
                Some("blank_identifier") => {
                    self.unsupported(spec, "blank imports");
                    continue;
                }
                _ => {}
            }
            if !PACKAGES.contains(&path.as_str())
                && !super::library::PACKAGES.contains(&path.as_str())
            {
                let runs = packages_run().len();
                self.error(
                    path_node,
                    format!(
                        "syncscope does not run the package \"{path}\" yet (it runs {runs}, \
                         which docs/your-own-go.md lists)"
                    ),
                );
                continue;
            }
            let own = path.rsplit('/').next().unwrap_or(&path).to_string();
            // `math/rand/v2` is the package `rand`, told apart from `math/rand` inside.
            let (own, package) = match path.as_str() {
                "math/rand/v2" => ("rand".to_string(), "rand/v2".to_string()),
                _ => (own.clone(), own),
            };
            let name = match new_name {
                Some(n) => self.text_of(n).to_string(),
                None => own.clone(),
            };
            if let Some(before) = self
                .imports
                .iter_mut()
                .find(|i| i.name == name && i.path != path)
            {
                // Go says only this of the two.
                before.used = true;
                self.error(spec, format!("{name} redeclared in this block"));
                continue;
            }
            let at = self.at(spec);
            self.imports.push(Import {
                // Go names the package when the path's last element is not its name.
                renamed: Some(name.as_str()) != path.rsplit('/').next(),
                name,
                package,
                path,
                at,
                used: false,
            });
        }
    }

    /// The package the file calls `name`, by its own name, if an import gives it that name.
    pub(super) fn package_named(&self, name: &str) -> Option<String> {
        let i = self.imports.iter().find(|i| i.name == name)?;
        Some(i.package.clone())
    }

    /// Marks `package` (by its own name) used; whether the file imports it.
    pub(super) fn use_package(&mut self, package: &str) -> bool {
        let mut found = false;
        for i in self.imports.iter_mut().filter(|i| i.package == package) {
            i.used = true;
            found = true;
        }
        found
    }

    /// Marks the package the file calls `name` used; its own name, if it imports one so.
    pub(super) fn use_local(&mut self, name: &str) -> Option<String> {
        let i = self.imports.iter_mut().find(|i| i.name == name)?;
        i.used = true;
        Some(i.package.clone())
    }

    /// A type or selector as written (`s.Builder`, `*sy.Cond`), its package named by its
    /// own name (`strings.Builder`, `*sync.Cond`), for matching against the library's names.
    pub(super) fn canonical(&self, text: &str) -> String {
        let (star, rest) = match text.strip_prefix('*') {
            Some(rest) => ("*", rest),
            None => ("", text),
        };
        match rest.split_once('.') {
            Some((name, member)) => match self.imports.iter().find(|i| i.name == name) {
                Some(i) => format!("{star}{}.{member}", i.package),
                // Not a package the file names: `strings` where it imports `s "strings"`
                // must match none of the library's.
                None if self.imports.iter().any(|i| i.package == name) => {
                    format!("{star}?{name}.{member}")
                }
                None => text.to_string(),
            },
            None => text.to_string(),
        }
    }

    /// The name the file calls `package` by where `field` is selected of it: Go's words
    /// name it so (`undefined: s.Foo`).
    pub(super) fn written_package(&self, field: Node, package: &str) -> String {
        field
            .parent()
            .and_then(|sel| sel.child_by_field_name("operand"))
            .map_or_else(|| package.to_string(), |o| self.text_of(o).to_string())
    }

    pub(super) fn unused_imports(&mut self) {
        let unused: Vec<GoError> = self
            .imports
            .iter()
            .filter(|i| !i.used)
            .map(|i| {
                let message = if i.renamed {
                    format!("\"{}\" imported as {} and not used", i.path, i.name)
                } else {
                    format!("\"{}\" imported and not used", i.path)
                };
                GoError::at(i.at.0, i.at.1, message)
            })
            .collect();
        self.errors.extend(unused);
    }
}

#[cfg(test)]
mod tests {
    /// A refused import sends the reader to the book, so the book names every package.
    #[test]
    fn the_book_lists_every_package_a_program_may_import() {
        let book = include_str!("../../../../../docs/your-own-go.md");
        let (_, list) = book
            .split_once("**Packages.**")
            .expect("the book's list of packages");
        let list = list.split("\n\n").next().unwrap_or_default();
        for package in super::packages_run() {
            assert!(
                list.contains(&format!("`{package}`")),
                "docs/your-own-go.md does not list `{package}`"
            );
        }
    }
}
