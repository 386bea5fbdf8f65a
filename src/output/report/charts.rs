//! The report's charts as static SVG: a histogram ([`histogram`]), horizontal bars with one
//! or two series ([`bars`]), and the small bar of a pair's score parts ([`score_bar`]).
//!
//! Colours are the Okabe–Ito palette ([`PALETTE`]), safe for colour-blind readers; every
//! chart carries a title and a text alternative (`<title>`, `<desc>`) that the caller
//! words (`text`), and every bar its number written beside it (as the page's language
//! writes numbers), so no colour is needed to read a value. File and reference text is escaped here ([`escape`]).

use std::fmt::Write as _;

use super::text::Locale;

/// The Okabe–Ito colours the report uses.
pub(crate) struct Palette {
    pub blue: &'static str,
    pub orange: &'static str,
    pub sky_blue: &'static str,
    pub vermillion: &'static str,
}

/// Okabe & Ito (2008), "Color Universal Design".
pub(crate) const PALETTE: Palette = Palette {
    blue: "#0072B2",
    orange: "#E69F00",
    sky_blue: "#56B4E9",
    vermillion: "#D55E00",
};

/// Text made safe inside SVG or HTML: `& < > " '` as entities.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A label shortened to `max` characters, with `…` when cut.
fn shorten(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        let mut s: String = label.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// A chart's title and text alternative, and the language its numbers are written in;
/// `id` makes their element ids unique in the page.
#[derive(Debug)]
pub(crate) struct Words<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub locale: Locale,
}

const WIDTH: f64 = 800.0;
const FONT: &str = r##"font-family="inherit" font-size="15" fill="#222222""##;

fn open(svg: &mut String, words: &Words, height: f64) {
    let id = words.id;
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {WIDTH:.0} {height:.0}" role="img" aria-labelledby="{id}-title {id}-desc"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        escape(words.title),
        escape(words.desc)
    );
}

/// A histogram: one vertical bar per bin (`label`, count), the count above it, the label
/// below; `axis` names the bins' quantity under the labels.
pub(crate) fn histogram(words: &Words, bins: &[(String, u64)], axis: &str) -> String {
    let height = 250.0;
    let (top, bottom) = (30.0, 190.0);
    let max = bins.iter().map(|b| b.1).max().unwrap_or(0).max(1) as f64;
    let slot = WIDTH / bins.len().max(1) as f64;
    let mut svg = String::new();
    open(&mut svg, words, height);
    let _ = write!(svg, "<g {FONT} text-anchor=\"middle\">");
    for (i, (label, n)) in bins.iter().enumerate() {
        let x = i as f64 * slot;
        let h = (bottom - top) * *n as f64 / max;
        if *n > 0 {
            let _ = write!(
                svg,
                r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{h:.1}" fill="{}"/>"#,
                x + 4.0,
                bottom - h,
                slot - 8.0,
                PALETTE.blue
            );
        }
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}">{}</text><text x="{:.1}" y="{:.1}">{}</text>"#,
            x + slot / 2.0,
            bottom - h - 6.0,
            words.locale.number(*n),
            x + slot / 2.0,
            bottom + 20.0,
            escape(label)
        );
    }
    let _ = write!(
        svg,
        r##"<path d="M0 {bottom:.0}H{WIDTH:.0}" stroke="#555555"/><text x="{:.0}" y="{:.0}">{}</text></g></svg>"##,
        WIDTH / 2.0,
        bottom + 48.0,
        escape(axis)
    );
    svg
}

/// Horizontal bars: one row per (label, values), one bar per series (at most two, named in
/// `series`, each with its colour), the value written after each bar.
pub(crate) fn bars(words: &Words, series: &[String], rows: &[(String, Vec<u64>)]) -> String {
    let colours = [PALETTE.blue, PALETTE.orange];
    let per = series.len().clamp(1, 2);
    let bar = 14.0;
    let row = bar * per as f64 + 10.0;
    let legend = if per > 1 { 34.0 } else { 4.0 };
    let height = legend + row * rows.len() as f64 + 6.0;
    let (label_end, bar_start, bar_end) = (250.0, 260.0, WIDTH - 60.0);
    let max = rows
        .iter()
        .flat_map(|r| r.1.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut svg = String::new();
    open(&mut svg, words, height);
    let _ = write!(svg, "<g {FONT}>");
    if per > 1 {
        let mut x = bar_start;
        for (name, colour) in series.iter().zip(colours) {
            let _ = write!(
                svg,
                r#"<rect x="{x:.0}" y="6" width="16" height="16" fill="{colour}"/><text x="{:.0}" y="20">{}</text>"#,
                x + 22.0,
                escape(name)
            );
            x += 30.0 + 8.5 * name.chars().count() as f64;
        }
    }
    for (i, (label, values)) in rows.iter().enumerate() {
        let y = legend + i as f64 * row;
        let _ = write!(
            svg,
            r#"<text x="{label_end:.0}" y="{:.1}" text-anchor="end">{}</text>"#,
            y + row / 2.0 + 1.0,
            escape(&shorten(label, 30))
        );
        for (s, (&v, colour)) in values.iter().zip(colours).take(per).enumerate() {
            let w = (bar_end - bar_start) * v as f64 / max;
            let by = y + 5.0 + s as f64 * bar;
            let _ = write!(
                svg,
                r#"<rect x="{bar_start:.0}" y="{by:.1}" width="{w:.1}" height="{:.1}" fill="{colour}"/><text x="{:.1}" y="{:.1}" font-size="13">{}</text>"#,
                bar - 2.0,
                bar_start + w + 5.0,
                by + bar - 3.0,
                words.locale.number(v)
            );
        }
    }
    svg.push_str("</g></svg>");
    svg
}

/// A pair's score as a bar out of 100: its theme points, then its language points
/// (decorative: the card writes both numbers).
pub(crate) fn score_bar(theme_points: f64, language_points: f64) -> String {
    let t = theme_points.clamp(0.0, 100.0) * 2.0;
    let l = language_points.clamp(0.0, 100.0 - theme_points.clamp(0.0, 100.0)) * 2.0;
    format!(
        r##"<svg class="bar" viewBox="0 0 200 10" preserveAspectRatio="none" aria-hidden="true"><rect width="200" height="10" fill="#e6e6e6"/><rect width="{t:.1}" height="10" fill="{}"/><rect x="{t:.1}" width="{l:.1}" height="10" fill="{}"/></svg>"##,
        PALETTE.blue, PALETTE.orange
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn text_is_escaped_in_svg() {
        assert_eq!(
            escape(r#"<b>"R&D" 'x'</b>"#),
            "&lt;b&gt;&quot;R&amp;D&quot; &#39;x&#39;&lt;/b&gt;"
        );
        let words = Words {
            id: "c",
            title: "<t>",
            desc: "&",
            locale: Locale::new(Lang::En),
        };
        let svg = bars(&words, &["a".into()], &[("<script>".into(), vec![3])]);
        assert!(!svg.contains("<script>") && svg.contains("&lt;script&gt;"));
        assert!(svg.contains("<title id=\"c-title\">&lt;t&gt;</title>"));
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(shorten("abcd", 3), "ab…");
    }

    #[test]
    fn every_bin_and_value_is_written() {
        let words = Words {
            id: "h",
            title: "t",
            desc: "d",
            locale: Locale::new(Lang::Fr),
        };
        let svg = histogram(&words, &[("0–10".into(), 0), ("10–20".into(), 1234)], "s");
        assert!(svg.contains(">1\u{202f}234<") && svg.contains(">0–10<") && svg.contains(">0<"));
        assert_eq!(svg.matches("<rect").count(), 1);
    }
}
