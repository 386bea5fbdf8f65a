//! The one generator of realistic group profiles: groups in the countries where AIC works,
//! each with its country's main language, some of its other languages, and now and then
//! English, French or Spanish as a second working language, 1–5 themes weighted towards the
//! common ones, and a capacity mix (mostly 1, some 2–3, a few 0). Same count and seed, same
//! bytes (`examples/gen.rs` prints them; the benchmarks read them).

use std::io::Write;

use super::rng::Rng;
use crate::input::{InputFormat, Loaded, ReadOptions, parse_bytes};
use crate::model::dataset::{Dataset, validate};
use crate::settings::Config;

/// Countries with the languages their groups use (first = most common).
const COUNTRIES: &[(&str, &[&str])] = &[
    ("FR", &["fr"]),
    ("BE", &["fr", "nl"]),
    ("ES", &["es", "ca"]),
    ("IT", &["it", "fr"]),
    ("PT", &["pt", "es"]),
    ("PL", &["pl", "en"]),
    ("SK", &["sk", "en"]),
    ("DE", &["de", "en"]),
    ("IE", &["en"]),
    ("US", &["en", "es"]),
    ("MX", &["es"]),
    ("GT", &["es"]),
    ("CO", &["es"]),
    ("PE", &["es", "qu"]),
    ("BO", &["es", "qu", "ay"]),
    ("PY", &["es", "gn"]),
    ("AR", &["es", "it"]),
    ("BR", &["pt", "es"]),
    ("HT", &["fr", "ht"]),
    ("MG", &["fr", "mg"]),
    ("CD", &["fr", "ln", "sw"]),
    ("RW", &["fr", "rw", "en"]),
    ("CM", &["fr", "en"]),
    ("CI", &["fr"]),
    ("ET", &["am", "en"]),
    ("EG", &["ar", "fr"]),
    ("LB", &["ar", "fr", "en"]),
    ("PH", &["en", "tl"]),
    ("ID", &["id", "en"]),
    ("TH", &["th", "en"]),
    ("IN", &["en", "hi"]),
    ("CN", &["zh", "en"]),
];

/// Themes, the common ones first.
const THEMES: &[&str] = &[
    "food-security",
    "gender-equality",
    "education-access",
    "health",
    "housing",
    "elderly",
    "children-youth",
    "migrants-refugees",
    "income-generation",
    "water-sanitation",
    "disability",
    "prison-visiting",
    "homelessness",
    "violence-against-women",
    "literacy",
    "vocational-training",
    "disaster-relief",
    "environment",
    "advocacy",
    "family-support",
];

/// Writes `count` generated profiles as CSV (`id,name,country,languages,themes,capacity`);
/// the same `seed` gives the same bytes.
pub fn write_profiles(count: usize, seed: u64, out: &mut impl Write) -> std::io::Result<()> {
    let mut rng = Rng::new(seed);
    writeln!(out, "id,name,country,languages,themes,capacity")?;
    for i in 0..count {
        let (country, langs) = *rng.pick(COUNTRIES);
        // The country's main language, each other one half the time, and now and then a
        // second working language from elsewhere.
        let mut languages = vec![langs[0]];
        for &l in &langs[1..] {
            if rng.below(2) == 0 {
                languages.push(l);
            }
        }
        if rng.below(4) == 0 {
            let extra = *rng.pick(&["en", "fr", "es"]);
            if !languages.contains(&extra) {
                languages.push(extra);
            }
        }
        let n_themes = 1 + rng.below(5);
        let mut themes: Vec<&str> = Vec::new();
        while themes.len() < n_themes {
            let t = THEMES[rng.skewed(THEMES.len())];
            if !themes.contains(&t) {
                themes.push(t);
            }
        }
        let capacity = match rng.below(20) {
            0 => 0,
            1..=3 => 2,
            4 => 3,
            _ => 1,
        };
        writeln!(
            out,
            "G{i:06},Group {i} {country},{country},{},{},{capacity}",
            languages.join(";"),
            themes.join(";")
        )?;
    }
    Ok(())
}

/// `count` generated profiles ([`write_profiles`]), parsed and validated as twin reads them,
/// with the default configuration. Panics if twin finds a problem in them.
pub fn generated(count: usize, seed: u64) -> (Dataset, Config) {
    let mut csv = Vec::new();
    write_profiles(count, seed, &mut csv).expect("writing to memory");
    let config = Config::default_config();
    let mut loaded = Loaded::default();
    parse_bytes(
        "gen.csv",
        &csv,
        InputFormat::Csv(b','),
        &ReadOptions::default(),
        &mut loaded,
    );
    assert!(loaded.problems.is_empty(), "generated profiles read");
    let validated = validate(loaded.records, &config.reference);
    assert!(
        validated.problems.is_empty(),
        "generated profiles are valid"
    );
    (validated.dataset, config)
}

#[cfg(test)]
mod tests {
    use super::{generated, write_profiles};

    #[test]
    fn the_same_seed_gives_the_same_valid_profiles() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        write_profiles(300, 5, &mut a).unwrap();
        write_profiles(300, 5, &mut b).unwrap();
        assert_eq!(a, b);
        let mut c = Vec::new();
        write_profiles(300, 6, &mut c).unwrap();
        assert_ne!(a, c);
        let (ds, _) = generated(300, 5);
        assert_eq!(ds.groups.len(), 300);
        assert!(
            ds.groups
                .iter()
                .all(|g| (1..=5).contains(&g.themes.count_ones()))
        );
        assert!(ds.groups.iter().any(|g| g.capacity == 0));
    }
}
