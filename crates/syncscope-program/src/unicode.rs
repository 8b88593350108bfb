//! The functions of Go's `unicode` package that syncscope runs: each takes one rune.

/// `unicode.f(r)`: the six tests of a rune's class and the two case mappings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuneFn {
    IsUpper,
    IsLower,
    IsDigit,
    IsLetter,
    IsSpace,
    IsPunct,
    ToUpper,
    ToLower,
}

impl RuneFn {
    /// The function Go's `unicode` package calls `name`, if syncscope runs it.
    pub fn named(name: &str) -> Option<RuneFn> {
        Some(match name {
            "IsUpper" => RuneFn::IsUpper,
            "IsLower" => RuneFn::IsLower,
            "IsDigit" => RuneFn::IsDigit,
            "IsLetter" => RuneFn::IsLetter,
            "IsSpace" => RuneFn::IsSpace,
            "IsPunct" => RuneFn::IsPunct,
            "ToUpper" => RuneFn::ToUpper,
            "ToLower" => RuneFn::ToLower,
            _ => return None,
        })
    }

    /// Whether it gives a rune (`ToUpper`, `ToLower`) rather than a bool.
    pub fn maps(self) -> bool {
        matches!(self, RuneFn::ToUpper | RuneFn::ToLower)
    }
}
