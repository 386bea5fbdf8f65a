//! The report's world map as static SVG: every country's shape (Natural Earth, simplified,
//! embedded from `data/world/countries.tsv`), the countries with groups filled, and one
//! arc per pair of countries, wider the more pairs it carries.
//!
//! The Robinson projection ([`robinson`]) is computed here; the shapes are read from the
//! embedded file each time a map is drawn (about 240 lines). No word is made here: the
//! title, the text alternative and the legend come from the caller (`text`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::charts::{PALETTE, escape};

/// The shapes: `alpha2 TAB point TAB rings`, coordinates in tenths of a degree (see
/// `data/world/generate.py`).
const SHAPES: &str = include_str!("../../../data/world/countries.tsv");

/// One country of the embedded file, in tenths of a degree.
#[derive(Debug)]
pub(crate) struct Shape<'a> {
    pub code: &'a str,
    pub point: (i32, i32),
    pub rings: Vec<Vec<(i32, i32)>>,
}

/// Every shape of the embedded file; a line that does not parse is skipped (a unit test
/// checks there is none).
pub(crate) fn shapes() -> Vec<Shape<'static>> {
    SHAPES.lines().filter_map(parse_line).collect()
}

fn parse_line(line: &str) -> Option<Shape<'_>> {
    let mut fields = line.split('\t');
    let code = fields.next()?;
    let point = pairs(fields.next()?)?;
    let rings = fields
        .next()?
        .split(';')
        .filter(|r| !r.is_empty())
        .map(pairs)
        .collect::<Option<Vec<_>>>()?;
    match point.as_slice() {
        [p] if fields.next().is_none() => Some(Shape {
            code,
            point: *p,
            rings,
        }),
        _ => None,
    }
}

fn pairs(text: &str) -> Option<Vec<(i32, i32)>> {
    let numbers: Vec<i32> = text
        .split(' ')
        .map(|n| n.parse().ok())
        .collect::<Option<_>>()?;
    (numbers.len().is_multiple_of(2) && !numbers.is_empty())
        .then(|| numbers.chunks(2).map(|c| (c[0], c[1])).collect())
}

/// Robinson's table: the parallel's length (X) and distance from the equator (Y) every 5°.
const ROBINSON: [(f64, f64); 19] = [
    (1.0000, 0.0000),
    (0.9986, 0.0620),
    (0.9954, 0.1240),
    (0.9900, 0.1860),
    (0.9822, 0.2480),
    (0.9730, 0.3100),
    (0.9600, 0.3720),
    (0.9427, 0.4340),
    (0.9216, 0.4958),
    (0.8962, 0.5571),
    (0.8679, 0.6176),
    (0.8350, 0.6769),
    (0.7986, 0.7346),
    (0.7597, 0.7903),
    (0.7186, 0.8435),
    (0.6732, 0.8936),
    (0.6213, 0.9394),
    (0.5722, 0.9761),
    (0.5322, 1.0000),
];

/// The Robinson projection of (longitude, latitude) in degrees, on a sphere of radius 1:
/// x in about ±2.67, y in about ±1.35 (north up, so y grows northwards). The table is
/// interpolated linearly between its 5° rows.
pub(crate) fn robinson(lon: f64, lat: f64) -> (f64, f64) {
    let a = lat.abs().min(90.0) / 5.0;
    let i = (a.floor() as usize).min(17);
    let f = a - i as f64;
    let (x0, y0) = ROBINSON[i];
    let (x1, y1) = ROBINSON[i + 1];
    let x = x0 + (x1 - x0) * f;
    let y = y0 + (y1 - y0) * f;
    (0.8487 * x * lon.to_radians(), 1.3523 * y * lat.signum())
}

/// The map's width in SVG units; the height follows from the latitudes shown.
const WIDTH: f64 = 2000.0;
/// The latitudes shown: Antarctica is not in the data, the Arctic islands end at 84°N.
const NORTH: f64 = 84.0;
const SOUTH: f64 = -57.0;

fn scale() -> f64 {
    WIDTH / (2.0 * robinson(180.0, 0.0).0)
}

/// SVG coordinates of (lon, lat) in tenths of a degree.
fn place(p: (i32, i32)) -> (f64, f64) {
    let (x, y) = robinson(f64::from(p.0) / 10.0, f64::from(p.1) / 10.0);
    let s = scale();
    (WIDTH / 2.0 + x * s, (robinson(0.0, NORTH).1 - y) * s)
}

fn height() -> f64 {
    (robinson(0.0, NORTH).1 - robinson(0.0, SOUTH).1) * scale()
}

/// What the map shows: countries with groups (alpha-2 codes) and links between countries
/// (two alpha-2 codes, sorted, with the number of pairs).
#[derive(Debug, Default)]
pub(crate) struct MapData {
    pub countries: Vec<String>,
    pub links: Vec<(String, String, u64)>,
}

/// The words the map carries.
#[derive(Debug)]
pub(crate) struct MapText<'a> {
    pub title: &'a str,
    pub desc: &'a str,
    /// The name of the enlarged part (Europe).
    pub inset: &'a str,
}

/// The drawn map, and what could not be drawn.
#[derive(Debug)]
pub(crate) struct Drawn {
    pub svg: String,
    /// Pairs with a country that has no point on the map, and those countries (sorted).
    pub pairs_missing: u64,
    pub countries_missing: Vec<String>,
    /// Links past the [`MAX_LINKS`] with most pairs, not drawn: (links, pairs).
    pub links_left: (usize, u64),
}

/// The most links drawn (those with most pairs): past a few hundred, lines only hide one
/// another.
pub(crate) const MAX_LINKS: usize = 120;

/// The part of the world drawn again, enlarged, in the South Pacific (where the map has
/// nothing): Europe, where many groups are close together. Longitudes and latitudes.
const INSET: (f64, f64, f64, f64) = (-11.0, 33.0, 35.0, 60.0);
/// The most room the enlargement takes, in SVG units (width, height), in the map's
/// bottom left corner, clear of South America.
const INSET_ROOM: (f64, f64) = (470.0, 330.0);

/// The links drawn: both ends' positions and the number of pairs.
type Link = ((f64, f64), (f64, f64), u64);

/// Draws the map of `data`.
pub(crate) fn draw(data: &MapData, text: &MapText) -> Drawn {
    let shapes = shapes();
    let points: BTreeMap<&str, (f64, f64)> = shapes
        .iter()
        .filter(|s| s.code != "--")
        .map(|s| (s.code, place(s.point)))
        .collect();
    let with_groups: BTreeSet<&str> = data.countries.iter().map(String::as_str).collect();
    // Links, thinnest first so wide ones stay on top.
    let mut sorted: Vec<&(String, String, u64)> = data.links.iter().collect();
    sorted.sort_by(|x, y| x.2.cmp(&y.2).then_with(|| (&x.0, &x.1).cmp(&(&y.0, &y.1))));
    let mut missing = BTreeSet::new();
    let mut pairs_missing = 0;
    let mut links: Vec<Link> = Vec::new();
    let mut linked = BTreeSet::new();
    for (a, b, n) in sorted {
        match (points.get(a.as_str()), points.get(b.as_str())) {
            (Some(&p), Some(&q)) => {
                linked.insert(a.as_str());
                linked.insert(b.as_str());
                links.push((p, q, *n));
            }
            _ => {
                for c in [a, b] {
                    if !points.contains_key(c.as_str()) {
                        missing.insert(c.clone());
                    }
                }
                pairs_missing += n;
            }
        }
    }
    // The links with most pairs, drawn thinnest first so wide ones stay on top; lighter
    // and thinner when many.
    let mut links_left = (0, 0);
    if links.len() > MAX_LINKS {
        let mut counts: Vec<u64> = links.iter().map(|l| l.2).collect();
        counts.sort_unstable_by_key(|&n| std::cmp::Reverse(n));
        let cut = counts[MAX_LINKS - 1];
        // Every link above the cut, then as many at the cut as there is room for (the
        // first in the links' order, so the choice is deterministic).
        let mut ties = MAX_LINKS - counts.iter().filter(|&&n| n > cut).count();
        let mut kept = Vec::with_capacity(MAX_LINKS);
        for l in links {
            let keep = l.2 > cut || (l.2 == cut && ties > 0);
            if l.2 == cut && keep {
                ties -= 1;
            }
            if keep {
                kept.push(l);
            } else {
                links_left.0 += 1;
                links_left.1 += l.2;
            }
        }
        links = kept;
    }
    let most = links.iter().map(|l| l.2).max().unwrap_or(1);
    let style = Style {
        widest: (16.0 / line_width(most)).min(1.0),
        opacity: if links.len() > 50 { 0.45 } else { 0.85 },
    };
    let dots: Vec<(f64, f64)> = linked.iter().map(|c| points[c]).collect();
    let (w, h) = (WIDTH, height());
    let mut svg = String::with_capacity(250_000);
    let _ = write!(
        svg,
        r#"<svg class="map" viewBox="0 0 {w:.0} {h:.0}" role="img" aria-labelledby="map-title map-desc"><title id="map-title">{}</title><desc id="map-desc">{}</desc>"#,
        escape(text.title),
        escape(text.desc)
    );
    let _ = write!(
        svg,
        r#"<rect width="{w:.0}" height="{h:.0}" fill="{OCEAN}"/>"#
    );
    layer(
        &mut svg,
        shapes.iter(),
        &with_groups,
        &links,
        &dots,
        &style,
        1.0,
    );
    // The enlargement, when at least two linked countries are in it.
    let (x0, x1, y0, y1) = INSET;
    let inside = |&(x, y): &(i32, i32)| {
        let (x, y) = (f64::from(x) / 10.0, f64::from(y) / 10.0);
        (x0..=x1).contains(&x) && (y0..=y1).contains(&y)
    };
    let in_inset = shapes
        .iter()
        .filter(|s| linked.contains(s.code) && inside(&s.point))
        .count();
    if in_inset >= 2 {
        let corners = [
            (x0, y0),
            (x0, y1),
            (x1, y0),
            (x1, y1),
            ((x0 + x1) / 2.0, y1),
        ];
        let projected: Vec<(f64, f64)> = corners
            .iter()
            .map(|&(x, y)| place(((x * 10.0) as i32, (y * 10.0) as i32)))
            .collect();
        let min_x = projected.iter().map(|p| p.0).fold(f64::MAX, f64::min);
        let max_x = projected.iter().map(|p| p.0).fold(f64::MIN, f64::max);
        let min_y = projected.iter().map(|p| p.1).fold(f64::MAX, f64::min);
        let max_y = projected.iter().map(|p| p.1).fold(f64::MIN, f64::max);
        let k = (INSET_ROOM.0 / (max_x - min_x)).min(INSET_ROOM.1 / (max_y - min_y));
        let (bw, bh) = (k * (max_x - min_x), k * (max_y - min_y));
        let (bx, by) = (15.0, h - bh - 15.0);
        // Where the enlarged region is, on the map itself.
        let _ = write!(
            svg,
            r##"<rect x="{min_x:.1}" y="{min_y:.1}" width="{:.1}" height="{:.1}" fill="none" stroke="#555555" stroke-width="1.5" stroke-dasharray="6 4"/>"##,
            max_x - min_x,
            max_y - min_y
        );
        let _ = write!(
            svg,
            r##"<rect x="{bx:.0}" y="{by:.0}" width="{bw:.0}" height="{bh:.0}" fill="{OCEAN}" stroke="#555555" stroke-width="2"/><svg x="{bx:.0}" y="{by:.0}" width="{bw:.0}" height="{bh:.0}" viewBox="{min_x:.1} {min_y:.1} {:.1} {:.1}">"##,
            max_x - min_x,
            max_y - min_y
        );
        let near = shapes.iter().filter(|s| {
            s.rings.iter().flatten().any(|p| {
                let (x, y) = (f64::from(p.0) / 10.0, f64::from(p.1) / 10.0);
                (x0 - 15.0..=x1 + 15.0).contains(&x) && (y0 - 10.0..=y1 + 10.0).contains(&y)
            })
        });
        layer(&mut svg, near, &with_groups, &links, &dots, &style, 1.0 / k);
        svg.push_str("</svg>");
        let _ = write!(
            svg,
            r##"<text x="{:.0}" y="{:.0}" font-size="28" fill="#222222">{}</text>"##,
            bx + 12.0,
            by + 34.0,
            escape(text.inset)
        );
    }
    svg.push_str("</svg>");
    Drawn {
        svg,
        pairs_missing,
        countries_missing: missing.into_iter().collect(),
        links_left,
    }
}

/// How links are drawn: their widths times `widest` (so the widest is at most 16 units),
/// and their opacity.
struct Style {
    widest: f64,
    opacity: f64,
}

/// The sea's colour, and land without groups.
const OCEAN: &str = "#e9f1f7";
const LAND: &str = "#d2d2d2";

/// Draws `shapes` (countries with groups filled), the links as arcs and the linked
/// countries' points, with lines and dots `unit` times their size (an enlargement draws
/// them at 1/k so they look the same).
fn layer<'a>(
    svg: &mut String,
    shapes: impl Iterator<Item = &'a Shape<'a>> + Clone,
    with_groups: &BTreeSet<&str>,
    links: &[Link],
    dots: &[(f64, f64)],
    style: &Style,
    unit: f64,
) {
    for (filled, fill) in [(false, LAND), (true, PALETTE.sky_blue)] {
        let _ = write!(
            svg,
            r##"<g fill="{fill}" stroke="#ffffff" stroke-width="{:.2}" stroke-linejoin="round">"##,
            0.8 * unit
        );
        for s in shapes
            .clone()
            .filter(|s| with_groups.contains(s.code) == filled && !s.rings.is_empty())
        {
            svg.push_str("<path d=\"");
            for ring in &s.rings {
                path(svg, ring);
            }
            svg.push_str("\"/>");
        }
        svg.push_str("</g>");
    }
    let _ = write!(
        svg,
        r#"<g fill="none" stroke="{}" stroke-linecap="round" stroke-opacity="{}">"#,
        PALETTE.vermillion, style.opacity
    );
    for &(p, q, n) in links {
        let width = (line_width(n) * style.widest).max(1.2) * unit;
        if p == q {
            // Pairs within one country (the rule switched off): a loop on its point.
            let r = 14.0 * unit;
            let _ = write!(
                svg,
                r#"<circle cx="{:.1}" cy="{:.1}" r="{r:.1}" stroke-width="{width:.2}"/>"#,
                p.0,
                p.1 - r
            );
            continue;
        }
        let (mx, my) = ((p.0 + q.0) / 2.0, (p.1 + q.1) / 2.0);
        let (dx, dy) = (q.0 - p.0, q.1 - p.1);
        // Bend by a fifth of the length, to the side that bows northwards.
        let (mut nx, mut ny) = (-dy * 0.2, dx * 0.2);
        if ny > 0.0 || (ny == 0.0 && nx > 0.0) {
            nx = -nx;
            ny = -ny;
        }
        let _ = write!(
            svg,
            r#"<path d="M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}" stroke-width="{width:.2}"/>"#,
            p.0,
            p.1,
            mx + nx,
            my + ny,
            q.0,
            q.1
        );
    }
    svg.push_str("</g>");
    let _ = write!(
        svg,
        r##"<g fill="{}" stroke="#ffffff" stroke-width="{:.2}">"##,
        PALETTE.blue,
        2.0 * unit
    );
    for &(x, y) in dots {
        let _ = write!(
            svg,
            r#"<circle cx="{x:.1}" cy="{y:.1}" r="{:.2}"/>"#,
            6.0 * unit
        );
    }
    svg.push_str("</g>");
}

/// The stroke width of a link carrying `n` pairs: 3 units for one, growing with the square
/// root, at most 24.
fn line_width(n: u64) -> f64 {
    (3.0 * (n as f64).sqrt()).min(24.0)
}

/// Appends one closed ring to a path's data, in whole SVG units, dropping points that round
/// to the one before.
fn path(out: &mut String, ring: &[(i32, i32)]) {
    let mut last = None;
    for (i, &p) in ring.iter().enumerate() {
        let (x, y) = place(p);
        let q = (x.round() as i64, y.round() as i64);
        if last == Some(q) {
            continue;
        }
        let _ = write!(out, "{}{} {}", if i == 0 { "M" } else { " " }, q.0, q.1);
        last = Some(q);
    }
    out.push('Z');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_shapes_parses() {
        let lines = SHAPES.lines().count();
        let shapes = shapes();
        assert_eq!(shapes.len(), lines);
        assert!(lines > 230, "{lines}");
        // Every country the example uses has a point, and France's is in Europe.
        for code in ["FR", "PE", "CD", "TH", "US", "NO", "RE", "GF"] {
            assert!(shapes.iter().any(|s| s.code == code), "{code}");
        }
        let fr = shapes.iter().find(|s| s.code == "FR").unwrap();
        assert!((-50..=80).contains(&fr.point.0) && (420..=510).contains(&fr.point.1));
    }

    #[test]
    fn the_shapes_are_codes_of_the_country_table() {
        let config = crate::settings::Config::default_config();
        for s in shapes().iter().filter(|s| s.code != "--") {
            assert!(
                config
                    .reference
                    .countries
                    .iter()
                    .any(|c| c.alpha2 == s.code),
                "{}",
                s.code
            );
        }
    }

    #[test]
    fn only_the_links_with_most_pairs_are_drawn() {
        // 130 links between distinct countries with a point: 1 to 130 pairs each.
        let codes: Vec<&str> = shapes()
            .iter()
            .filter(|s| s.code != "--")
            .map(|s| s.code)
            .take(131)
            .collect();
        let links: Vec<(String, String, u64)> = (0..130)
            .map(|i| (codes[0].to_string(), codes[i + 1].to_string(), i as u64 + 1))
            .collect();
        let data = MapData {
            countries: codes.iter().map(|c| c.to_string()).collect(),
            links,
        };
        let text = MapText {
            title: "t",
            desc: "d",
            inset: "Europe",
        };
        let drawn = draw(&data, &text);
        assert_eq!(drawn.links_left, (10, (1..=10).sum()));
        // Arcs drawn (the enlargement may draw some again).
        assert!(drawn.svg.matches("Q").count() >= MAX_LINKS);
    }

    #[test]
    fn robinson_keeps_the_equator_and_the_meridian() {
        assert_eq!(robinson(0.0, 0.0), (0.0, 0.0));
        let (x, y) = robinson(180.0, 0.0);
        assert!((x - 0.8487 * std::f64::consts::PI).abs() < 1e-12 && y == 0.0);
        let (x, y) = robinson(0.0, 90.0);
        assert!(x == 0.0 && (y - 1.3523).abs() < 1e-12);
        // North is up and east is right; symmetric about both axes.
        assert_eq!(robinson(-30.0, -45.0), {
            let (x, y) = robinson(30.0, 45.0);
            (-x, -y)
        });
        // The parallels shorten towards the poles.
        assert!(robinson(180.0, 60.0).0 < robinson(180.0, 30.0).0);
    }

    #[test]
    fn a_link_to_a_country_without_a_shape_is_counted_not_drawn() {
        let data = MapData {
            countries: vec!["FR".into(), "GI".into(), "PE".into()],
            links: vec![("FR".into(), "PE".into(), 2), ("FR".into(), "GI".into(), 1)],
        };
        let text = MapText {
            title: "t",
            desc: "d",
            inset: "Europe",
        };
        let drawn = draw(&data, &text);
        assert_eq!(drawn.pairs_missing, 1);
        assert_eq!(drawn.countries_missing, ["GI"]);
        assert_eq!(drawn.svg.matches("Q").count(), 1);
    }
}
