//! Front ends: each reads a kind of file into the one program form. The TOML scenarios'
//! front end is `scenario` (it predates this folder); Go files are read here.

pub mod go;
