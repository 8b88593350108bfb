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
            for fg in foregrounds(theme) {
                let ratio = contrast(fg, bg);
                assert!(
                    ratio >= least(theme),
                    "{name:?}: {fg:?} on {bg:?} is {ratio:.2}:1"
                );
            }
        }
        for m in marks(theme) {
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
    assert!(foregrounds(&MONO).is_empty() && marks(&MONO).is_empty());
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

/// The foregrounds shown on the terminal's background.
fn foregrounds(theme: &Theme) -> Vec<Color> {
    [
        theme.running,
        theme.writing,
        theme.reading,
        theme.sleeping,
        theme.waiting_lock,
        theme.waiting_rlock,
        theme.waiting_wg,
        theme.waiting_cond,
        theme.waiting_send,
        theme.waiting_recv,
        theme.waiting_select,
        theme.runnable,
        theme.dim,
        theme.good,
        theme.warn,
        theme.bad,
        theme.info,
        theme.accent,
    ]
    .into_iter()
    .flatten()
    .collect()
}

fn marks(theme: &Theme) -> Vec<Mark> {
    [
        theme.key,
        theme.highlight,
        theme.lost,
        theme.handoff,
        theme.tag,
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// WCAG's contrast ratio of two colours given as RGB (1:1 to 21:1).
fn contrast(a: Color, b: Color) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn luminance(c: Color) -> f64 {
    let Color::Rgb(r, g, b) = c else {
        return 0.0;
    };
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}
