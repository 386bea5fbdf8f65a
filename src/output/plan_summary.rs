//! A plan's [`Summary`] in words: the lines `twin assign` prints on stderr, and the one-line
//! reason each group is left without a twin (also the xlsx summary's `reason` column).

use crate::plan::matching::Method;
use crate::plan::{Reason, Summary};
use crate::score::format_score;

use super::alone::{GROUPS_SHOWN, ONLY_GROUP, rule_counts, rules};
use super::messages::counted;
use super::terminal::escape;

/// The plan method's name, as `--method` takes it.
pub(crate) fn method_name(m: Method) -> &'static str {
    match m {
        Method::Optimal => "optimal",
        Method::Coverage => "coverage",
        Method::Fair => "fair",
        Method::Stable => "stable",
    }
}

/// The summary as text for stderr (file text escaped; the xlsx summary keeps it as read),
/// each line ending in a line break: the figures, then the groups left out, the first
/// [`GROUPS_SHOWN`] each on a line with its reason and the others counted (JSON and xlsx
/// hold every one).
pub(crate) fn summary_text(s: &Summary) -> String {
    let is = if s.groups_twinned == 1 || s.groups_seeking == 1 {
        "is"
    } else {
        "are"
    };
    let kept = match s.kept {
        0 => String::new(),
        n => format!(" ({n} kept)"),
    };
    let mut out = format!(
        "plan ({}): {}{kept}; {} of {} seeking a twin {is} twinned, {} without a twin, {} unfilled\n",
        method_name(s.method),
        counted(s.pairs as u64, "pair"),
        s.groups_twinned,
        counted(s.groups_seeking as u64, "group"),
        s.groups_without_twin,
        counted(s.places_unfilled, "place"),
    );
    if let (Some(mean), Some(low)) = (s.mean_score, s.lowest_score) {
        out.push_str(&format!(
            "total score {}, mean {}, lowest {}\n",
            format_score(s.total_score),
            format_score(mean),
            format_score(low)
        ));
    }
    for l in s.left_out.iter().take(GROUPS_SHOWN) {
        out.push_str(&format!(
            "  without a twin: {} {} ({}): {}\n",
            escape(&l.id),
            escape(&l.name),
            l.country,
            escape(&reason(&l.reason))
        ));
    }
    if let Some(more) = s
        .left_out
        .len()
        .checked_sub(GROUPS_SHOWN)
        .filter(|&m| m > 0)
    {
        out.push_str(&format!(
            "  … and {more} more without a twin; --format json or xlsx lists them all with reasons\n"
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
        Reason::BelowMinScore {
            best_candidate,
            best_score,
            min_score,
            ..
        } => format!(
            "no eligible partner scoring {} or more (--min-score); the best, {best_candidate}, scores {}",
            format_score(*min_score),
            format_score(*best_score)
        ),
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
    use crate::plan::summarise;
    use crate::settings::Config;
    use crate::testkit::{dataset, planned};

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
        let summary = planned(&ds, Method::Stable);
        let text = summary_text(&summary);
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].starts_with("plan (stable): 1 pair; 2 of 4 groups seeking a twin are twinned"),
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

    #[test]
    fn past_the_first_groups_left_out_the_others_are_counted() {
        // Thirteen groups in one country: none can be twinned, every one is left out.
        let specs: Vec<(String, usize, &[usize], u128, u32)> = (0..13)
            .map(|i| (format!("G{i:02}"), 0, &[0usize][..], 0b1, 1))
            .collect();
        let specs: Vec<(&str, usize, &[usize], u128, u32)> = specs
            .iter()
            .map(|(id, c, l, t, cap)| (id.as_str(), *c, *l, *t, *cap))
            .collect();
        let ds = dataset(&specs);
        let summary = planned(&ds, Method::Stable);
        assert_eq!(summary.left_out.len(), 13);
        let text = summary_text(&summary);
        let lines: Vec<&str> = text.lines().collect();
        assert!(
            lines[0].starts_with("plan (stable): 0 pairs; 0 of 13 groups seeking a twin are twinned, 13 without a twin, 13 places unfilled"),
            "{text}"
        );
        let listed: Vec<&&str> = lines
            .iter()
            .filter(|l| l.starts_with("  without a twin: "))
            .collect();
        assert_eq!(listed.len(), GROUPS_SHOWN, "{text}");
        assert!(
            listed[0].contains("G00") && listed[GROUPS_SHOWN - 1].contains("G09"),
            "{text}"
        );
        assert_eq!(
            *lines.last().unwrap(),
            "  … and 3 more without a twin; --format json or xlsx lists them all with reasons"
        );
        // Ten or fewer: no count line.
        let mut few = summary.clone();
        few.left_out.truncate(GROUPS_SHOWN);
        assert!(!summary_text(&few).contains("more without a twin"));
    }

    #[test]
    fn one_of_anything_is_singular() {
        let ds = dataset(&[("A", 0, &[0], 0b1, 1), ("B", 1, &[0], 0b1, 2)]);
        let summary = planned(&ds, Method::Optimal);
        let text = summary_text(&summary);
        assert!(
            text.starts_with("plan (optimal): 1 pair; 2 of 2 groups seeking a twin are twinned, 0 without a twin, 1 place unfilled\n"),
            "{text}"
        );
    }
}
