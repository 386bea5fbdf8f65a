//! `twin explain`: one pair's score component by component, or every rule excluding it.

use std::fmt::Write as _;

use crate::cli::ExplainArgs;
use crate::error::{Error, Result};
use crate::model::dataset::Dataset;
use crate::model::profile::{Group, themes_of};
use crate::model::reference::Reference;
use crate::output::sink;
use crate::output::terminal::escape;
use crate::score::{
    Exclusion, Scoring, components, exclusions, format_score, shared, weighted_size,
};
use crate::settings::Config;

pub fn run(args: &ExplainArgs, config: &Config) -> Result<()> {
    let (files, ids) = split_ids(&args.args)?;
    let ds = super::load(files, config)?;
    let a = super::group_index(&ds, &ids[0])?;
    let b = super::group_index(&ds, &ids[1])?;
    if a == b {
        return Err(Error::Usage(format!(
            "explain needs two different groups, got \"{}\" twice",
            escape(&ids[0])
        )));
    }
    let text = explain(&ds, &config.reference, &config.scoring, a, b);
    sink::write(text.as_bytes(), None, false)
}

/// The profile files and the two ids of `explain`'s arguments, or a usage error saying that
/// explain needs two ids: with fewer than three arguments, or when an argument before the
/// last two is neither an existing path nor named like a profile file (a third id).
fn split_ids(args: &[String]) -> Result<(&[String], &[String])> {
    const NEEDS: &str = "explain needs the profile files, then exactly two group ids";
    let shown = |list: &[String]| -> String {
        let quoted: Vec<String> = list.iter().map(|a| format!("\"{}\"", escape(a))).collect();
        quoted.join(" ")
    };
    if args.len() < 3 {
        return Err(Error::Usage(format!(
            "{NEEDS} (twin explain FILES… ID_A ID_B); got {} argument{}: {}",
            args.len(),
            if args.len() == 1 { "" } else { "s" },
            shown(args)
        )));
    }
    let (files, ids) = args.split_at(args.len() - 2);
    let is_file =
        |a: &String| std::path::Path::new(a).exists() || crate::input::format_of(a).is_ok();
    if let Some(at) = files.iter().position(|a| !is_file(a)) {
        let extra = &args[at..];
        return Err(Error::Usage(format!(
            "{NEEDS}; got {} ids: {} (\"{}\" is not a file)",
            extra.len(),
            shown(extra),
            escape(&args[at])
        )));
    }
    Ok((files, ids))
}

/// The explanation of the pair (a, b) as text. Pure; `a` is shown first.
pub fn explain(ds: &Dataset, r: &Reference, scoring: &Scoring, a: usize, b: usize) -> String {
    let (ga, gb) = (&ds.groups[a], &ds.groups[b]);
    let label = |g: &Group| {
        format!(
            "{} {} ({})",
            escape(&g.id),
            escape(&g.name),
            r.countries[g.country].alpha2
        )
    };
    let (id_a, id_b) = (escape(&ga.id), escape(&gb.id));
    let mut out = String::new();
    let _ = writeln!(out, "{}  ×  {}", label(ga), label(gb));

    let excluded = exclusions(ga, a, gb, b, &scoring.rules);
    if excluded.is_empty() {
        let _ = writeln!(out, "eligible: yes");
    } else {
        let _ = writeln!(out, "eligible: no");
        for e in &excluded {
            let _ = writeln!(out, "  ✗ {}", exclusion_detail(*e, ga, gb, r));
        }
    }

    let c = components(ga, gb, scoring);
    let w = &scoring.weights;
    let total_w = w.themes + w.languages;
    let heading = if excluded.is_empty() {
        "score"
    } else {
        "score if eligible"
    };
    let _ = writeln!(out, "{heading}: {} / 100", format_score(c.score));
    let _ = writeln!(out);

    let prio = |t: usize| scoring.priorities >> t & 1 == 1;
    let theme_list = |set: u128| -> String {
        let names: Vec<String> = themes_of(set)
            .map(|t| {
                let star = if prio(t) { "*" } else { "" };
                format!("{}{star}", r.themes[t].id)
            })
            .collect();
        if names.is_empty() {
            "none".into()
        } else {
            names.join(", ")
        }
    };
    let common = ga.themes & gb.themes;
    let _ = writeln!(
        out,
        "themes (* = priority, counts {}×)",
        trim_num(w.priority)
    );
    let _ = writeln!(out, "  {id_a}: {}", theme_list(ga.themes));
    let _ = writeln!(out, "  {id_b}: {}", theme_list(gb.themes));
    let _ = writeln!(out, "  shared: {}", theme_list(common));
    let shared_w = weighted_size(common, scoring);
    for (g, share) in [(ga, c.theme_share_a), (gb, c.theme_share_b)] {
        let _ = writeln!(
            out,
            "  share of {}'s themes: {} / {} = {share:.3}",
            escape(&g.id),
            trim_num(shared_w),
            trim_num(weighted_size(g.themes, scoring)),
        );
    }
    let _ = writeln!(out, "  theme overlap (mean of the shares): {:.3}", c.themes);
    let _ = writeln!(out);

    let langs = |l: &[usize]| -> String {
        let codes: Vec<&str> = l.iter().map(|&i| r.languages[i].code.as_str()).collect();
        if codes.is_empty() {
            "none".into()
        } else {
            codes.join(", ")
        }
    };
    let common_langs = shared(&ga.languages, &gb.languages);
    let _ = writeln!(out, "languages");
    let _ = writeln!(out, "  {id_a}: {}", langs(&ga.languages));
    let _ = writeln!(out, "  {id_b}: {}", langs(&gb.languages));
    let _ = writeln!(out, "  shared: {}", langs(&common_langs));
    let _ = writeln!(
        out,
        "  language overlap: {} shared / {} (the smaller list) = {:.3}",
        common_langs.len(),
        ga.languages.len().min(gb.languages.len()),
        c.languages
    );
    let _ = writeln!(out);

    let theme_points = 100.0 * w.themes * c.themes / total_w;
    let lang_points = 100.0 * w.languages * c.languages / total_w;
    let _ = writeln!(
        out,
        "score = 100 × (themes weight × theme overlap + languages weight × language overlap) / (sum of weights)"
    );
    let _ = writeln!(
        out,
        "      = 100 × ({} × {:.3} + {} × {:.3}) / {}",
        trim_num(w.themes),
        c.themes,
        trim_num(w.languages),
        c.languages,
        trim_num(total_w)
    );
    let _ = writeln!(
        out,
        "      = {theme_points:.2} (themes) + {lang_points:.2} (languages) = {}",
        format_score(c.score)
    );
    out
}

fn exclusion_detail(e: Exclusion, a: &Group, b: &Group, r: &Reference) -> String {
    match e {
        Exclusion::SameCountry => format!(
            "same country: both are in {} ({})",
            r.countries[a.country].alpha2, r.countries[a.country].en
        ),
        Exclusion::NoCommonLanguage => {
            let codes = |g: &Group| -> String {
                let v: Vec<&str> = g
                    .languages
                    .iter()
                    .map(|&i| r.languages[i].code.as_str())
                    .collect();
                v.join(", ")
            };
            format!(
                "no common language: {} speaks {}; {} speaks {}",
                escape(&a.id),
                codes(a),
                escape(&b.id),
                codes(b)
            )
        }
        Exclusion::AlreadyTwins => format!(
            "already twins: {} and {} are listed as existing twins",
            escape(&a.id),
            escape(&b.id)
        ),
        Exclusion::NoCapacity => {
            let who: Vec<std::borrow::Cow<str>> = [a, b]
                .iter()
                .filter(|g| g.capacity == 0)
                .map(|g| escape(&g.id))
                .collect();
            format!("capacity 0: {} not seeking a twin now", who.join(" and "))
        }
    }
}

/// Prints a weight without trailing zeros: 2 → "2", 0.8 → "0.8".
fn trim_num(x: f64) -> String {
    let s = format!("{x:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
