use super::*;

/// WCAG AA for text is 4.5:1; AAA, asked of the high-contrast theme, 7:1.
fn least(theme: &Theme) -> f64 {
    if theme.name == ThemeName::HighContrast {
        7.0
    } else {
        4.5
    }
}

#[test]
fn every_colour_reads_against_the_backgrounds_its_theme_is_for() {
    for name in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
        let theme = Theme::named(name);
        assert!(!theme.backgrounds.is_empty());
        for &bg in theme.backgrounds {
            for fg in theme.foregrounds() {
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= least(theme),
                    "{name:?}: {fg:?} on {bg:?} is {ratio:.2}:1"
                );
            }
        }
        for m in theme.marks() {
            let ratio = contrast(m.fg, m.bg);
            assert!(
                ratio >= least(theme),
                "{name:?}: mark {m:?} is {ratio:.2}:1"
            );
        }
    }
}

#[test]
fn the_contrast_formula_gives_wcags_numbers() {
    let black = Color::Rgb(0, 0, 0);
    let white = Color::Rgb(255, 255, 255);
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, Color::Rgb(0x76, 0x76, 0x76)) - 4.54).abs() < 0.01);
}

#[test]
fn mono_has_no_colour_at_all() {
    assert!(MONO.foregrounds().is_empty() && MONO.marks().is_empty());
}

#[test]
fn channel_waits_have_colours_of_their_own_in_every_coloured_theme() {
    for name in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
        let t = Theme::named(name);
        let roles = [t.waiting_send, t.waiting_recv, t.waiting_select];
        // Set, so the contrast test above checks them (it skips what a theme leaves out).
        assert!(roles.iter().all(Option::is_some), "{name:?}");
        let waits = [t.waiting_lock, t.waiting_rlock, t.waiting_wg];
        for (i, role) in roles.iter().enumerate() {
            assert!(
                !waits.contains(role),
                "{name:?}: a channel wait looks like a lock's"
            );
            assert!(
                !roles[i + 1..].contains(role),
                "{name:?}: two channel waits alike"
            );
        }
    }
}
