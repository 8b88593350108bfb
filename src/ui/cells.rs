//! Prebuilt cells for the one-column glyphs the lanes and box borders are made of: most of a
//! frame's non-ASCII cells.
//!
//! Two costs come with a plain `set_char` on each of them, every frame: it builds the cell's
//! string anew, and ratatui's diff then measures the symbol's unicode width again (the width
//! lookup alone was a quarter of a frame). A cell cloned from one built once copies a few
//! bytes, and `CellDiffOption::ForcedWidth(1)` hands the diff the width it would have found.
//! The terminal is sent the same cells either way.

use ratatui::buffer::{Cell, CellDiffOption};
use ratatui::prelude::*;
use std::num::NonZeroU16;

/// A cell showing `glyph` in `style` on the default one, to be cloned where it goes. `glyph`
/// must be one column wide: a forced width the glyph does not have would mislead the diff.
pub(crate) fn glyph(glyph: char, style: Style) -> Cell {
    debug_assert_eq!(Span::raw(glyph.to_string()).width(), 1, "{glyph:?}");
    let mut cell = Cell::default();
    cell.set_char(glyph)
        .set_style(style)
        .set_diff_option(CellDiffOption::ForcedWidth(NonZeroU16::MIN));
    cell
}
