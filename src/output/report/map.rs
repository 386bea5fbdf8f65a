//! The report's world map as static SVG: every country's shape (Natural Earth, simplified,
//! embedded from `data/world/countries.tsv`), the countries with groups filled, and one
//! arc per pair of countries, wider the more pairs it carries.
//!
//! The Robinson projection ([`robinson`]) is computed here; the shapes are read from the
//! embedded file each time a map is drawn (about 240 lines). No word is made here: the
//! title, the text alternative and the legend come from the caller (`text`).

use std::collections::BTreeMap;
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
    pub legend_groups: &'a str,
    pub legend_line: &'a str,
}

/// The drawn map, and what could not be drawn.
#[derive(Debug)]
pub(crate) struct Drawn {
    pub svg: String,
    /// Pairs with a country that has no point on the map, and those countries (sorted).
    pub pairs_missing: u64,
    pub countries_missing: Vec<String>,
}

/// Draws the map of `data`.
pub(crate) fn draw(data: &MapData, text: &MapText) -> Drawn {
    let shapes = shapes();
    let points: BTreeMap<&str, (f64, f64)> = shapes
        .iter()
        .filter(|s| s.code != "--")
        .map(|s| (s.code, place(s.point)))
        .collect();
    let with_groups: std::collections::BTreeSet<&str> =
        data.countries.iter().map(String::as_str).collect();
    let (w, h) = (WIDTH, height());
    let mut svg = String::with_capacity(200_000);
    let _ = write!(
        svg,
        r#"<svg class="map" viewBox="0 0 {w:.0} {h:.0}" role="img" aria-labelledby="map-title map-desc"><title id="map-title">{}</title><desc id="map-desc">{}</desc>"#,
        escape(text.title),
        escape(text.desc)
    );
    let _ = write!(
        svg,
        r##"<rect width="{w:.0}" height="{h:.0}" fill="#f2f6fa"/>"##
    );
    for (filled, fill) in [(false, "#d9d9d9"), (true, PALETTE.sky_blue)] {
        let _ = write!(
            svg,
            r##"<g fill="{fill}" stroke="#ffffff" stroke-width="0.8" stroke-linejoin="round">"##
        );
        for s in shapes
            .iter()
            .filter(|s| with_groups.contains(s.code) == filled)
        {
            if s.rings.is_empty() {
                continue;
            }
            svg.push_str("<path d=\"");
            for ring in &s.rings {
                path(&mut svg, ring);
            }
            svg.push_str("\"/>");
        }
        svg.push_str("</g>");
    }
    // Links, thinnest first so wide ones stay on top; then the countries' points.
    let mut links: Vec<&(String, String, u64)> = data.links.iter().collect();
    links.sort_by(|x, y| x.2.cmp(&y.2).then_with(|| (&x.0, &x.1).cmp(&(&y.0, &y.1))));
    let mut missing = std::collections::BTreeSet::new();
    let mut pairs_missing = 0;
    let _ = write!(
        svg,
        r#"<g fill="none" stroke="{}" stroke-linecap="round" stroke-opacity="0.85">"#,
        PALETTE.vermillion
    );
    let mut linked = std::collections::BTreeSet::new();
    for (a, b, n) in links {
        let (Some(&p), Some(&q)) = (points.get(a.as_str()), points.get(b.as_str())) else {
            for c in [a, b] {
                if !points.contains_key(c.as_str()) {
                    missing.insert(c.clone());
                }
            }
            pairs_missing += n;
            continue;
        };
        linked.insert(a.as_str());
        linked.insert(b.as_str());
        let width = line_width(*n);
        if a == b {
            // Pairs within one country (the rule switched off): a loop on its point.
            let _ = write!(
                svg,
                r#"<circle cx="{:.1}" cy="{:.1}" r="14" stroke-width="{width:.1}"/>"#,
                p.0,
                p.1 - 14.0
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
            r#"<path d="M{:.1} {:.1}Q{:.1} {:.1} {:.1} {:.1}" stroke-width="{width:.1}"/>"#,
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
        r##"<g fill="{}" stroke="#ffffff" stroke-width="2">"##,
        PALETTE.blue
    );
    for c in &linked {
        let (x, y) = points[c];
        let _ = write!(svg, r#"<circle cx="{x:.1}" cy="{y:.1}" r="7"/>"#);
    }
    svg.push_str("</g>");
    legend(&mut svg, text, h);
    svg.push_str("</svg>");
    Drawn {
        svg,
        pairs_missing,
        countries_missing: missing.into_iter().collect(),
    }
}

/// The stroke width of a link carrying `n` pairs: 3 units for one, growing with the square
/// root, at most 24.
fn line_width(n: u64) -> f64 {
    (3.0 * (n as f64).sqrt()).min(24.0)
}

/// The legend, bottom left (the South Pacific has room).
fn legend(svg: &mut String, text: &MapText, h: f64) {
    let y = h - 120.0;
    let _ = write!(
        svg,
        r##"<g font-size="30" fill="#222222"><rect x="40" y="{:.0}" width="36" height="28" fill="{}"/><text x="90" y="{:.0}">{}</text><path d="M40 {:.0}h36" stroke="{}" stroke-width="6"/><text x="90" y="{:.0}">{}</text></g>"##,
        y,
        PALETTE.sky_blue,
        y + 24.0,
        escape(text.legend_groups),
        y + 64.0,
        PALETTE.vermillion,
        y + 74.0,
        escape(text.legend_line)
    );
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
            legend_groups: "g",
            legend_line: "l",
        };
        let drawn = draw(&data, &text);
        assert_eq!(drawn.pairs_missing, 1);
        assert_eq!(drawn.countries_missing, ["GI"]);
        assert_eq!(drawn.svg.matches("Q").count(), 1);
    }
}
