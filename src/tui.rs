use crate::event::RunInfo;
use std::io;

pub fn run(_info: RunInfo, _speed: f64) -> io::Result<()> {
    Err(io::Error::other("TUI not built yet"))
}
