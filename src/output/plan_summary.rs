//! A plan's [`Summary`] in words: the lines `twin assign` prints on stderr, and the one-line
//! reason each group is left without a twin (also the xlsx summary's `reason` column).

use crate::plan::matching::Method;
use crate::plan::{Reason, Summary};
use crate::score::format_score;

use super::alone::{ONLY_GROUP, rule_counts, rules};
use super::terminal::escape;

/// The plan method's name, as `--method` takes it.
pub(crate) fn method_name(m: Method) -> &'static str {
    match m {
        Method::Optimal => "optimal",
        Method::Stable => "stable",
    }
}

/// The summary as text for stderr (file text escaped; the xlsx summary keeps it as read),
/// one line per group left out, each ending in a line break.
pub(crate) fn summary_text(s: &Summary) -> String {
    let mut out = format!(
        "plan ({}): {} pairs; {} of {} groups seeking a twin are twinned, {} without a twin, {} places unfilled\n",
        method_name(s.method),
        s.pairs,
        s.groups_twinned,
        s.groups_seeking,
        s.groups_without_twin,
        s.places_unfilled
    );
    if let (Some(mean), Some(low)) = (s.mean_score, s.lowest_score) {
        out.push_str(&format!(
            "total score {}, mean {}, lowest {}\n",
            format_score(s.total_score),
            format_score(mean),
            format_score(low)
        ));
    }
    for l in &s.left_out {
        out.push_str(&format!(
            "  without a twin: {} {} ({}): {}\n",
            escape(&l.id),
            escape(&l.name),
            l.country,
            escape(&reason(&l.reason))
        ));
    }
    out
}

/// Why the group is left out, in one line.
pub(crate) fn reason(r: &Reason) -> String {
    match r {
        Reason::NoEligiblePartner { excluded, nearest } => {
            let near: Vec<String> = nearest
                .iter()
                .map(|n| {
                    let why = match n.excluded_by.as_slice() {
                        [] => "eligible".to_string(),
                        excluded_by => rules(excluded_by),
                    };
                    format!("{} {}: {why}", n.id, format_score(n.score))
                })
                .collect();
            let mut text = match excluded.as_slice() {
                [] if nearest.is_empty() => {
                    format!("no eligible partner — {ONLY_GROUP}")
                }
                [] => "no partner scoring above 0.00".to_string(),
                _ => format!(
                    "no eligible partner — excluded by {}",
                    rule_counts(excluded.iter().map(|c| (c.rule, c.groups)))
                ),
            };
            if !near.is_empty() {
                text.push_str(&format!("; nearest: {}", near.join("; ")));
            }
            text
        }
        Reason::PartnersTaken {
            best_candidate,
            best_score,
            taken_by,
            eligible_partners,
        } => format!(
            "its {eligible_partners} eligible partner(s) are all at capacity; best candidate {best_candidate} ({}) is twinned with {}",
            format_score(*best_score),
            taken_by.join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::matching::PlanOptions;
    use crate::plan::{choose, summarise};
    use crate::settings::Config;
    use crate::testkit::dataset;

    #[test]
    fn a_lone_group_is_told_there_is_no_other_group() {
        let ds = dataset(&[("A", 0, &[0], 0b11, 1)]);
        let config = Config::default_config();
        let summary = summarise(
            &ds,
            &config.reference,
            &config.scoring,
            Method::Optimal,
            &[],
        );
        let text = summary_text(&summary);
        assert!(
            text.contains("A A (AD): no eligible partner — it is the only group"),
            "{text}"
        );
        assert!(
            !text.contains("excluded by ;") && !text.contains("nearest: \n"),
            "{text}"
        );
    }

    #[test]
    fn a_left_out_group_is_explained() {
        // A-B is the best pair; C's only partner is A (capacity 1), D speaks no shared language.
        let ds = dataset(&[
            ("A", 0, &[0], 0b11, 1),
            ("B", 1, &[0], 0b11, 1),
            ("C", 2, &[0], 0b01, 1),
            ("D", 3, &[9], 0b11, 1),
        ]);
        let config = Config::default_config();
        let s = &config.scoring;
        let opts = PlanOptions {
            method: Method::Stable,
            max_cardinality: false,
        };
        let chosen = choose(&ds, s, &opts).unwrap();
        let summary = summarise(&ds, &config.reference, s, Method::Stable, &chosen);
        let text = summary_text(&summary);
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].starts_with("plan (stable): 1 pairs; 2 of 4 groups"),
            "{text}"
        );
        assert!(
            lines[2].starts_with("  without a twin: C C (")
                && lines[2].contains("eligible partner(s) are all at capacity; best candidate A"),
            "{text}"
        );
        assert!(
            lines[3].contains("D D (")
                && lines[3].contains(
                    "no eligible partner — excluded by no common language (3 groups); nearest: "
                ),
            "{text}"
        );
    }
}
