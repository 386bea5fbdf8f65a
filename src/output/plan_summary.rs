//! A plan's [`Summary`] in words, in the run's language: the lines `twin assign` prints on
//! stderr, and the one-line reason each group is left without a twin (also the xlsx
//! summary's `reason` column and the report's).

use crate::i18n::tr;
use crate::plan::matching::Method;
use crate::plan::{Reason, Summary};

use super::alone::{GROUPS_SHOWN, only_group, rule_counts, rules};
use super::names::score;
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

/// The summary as text for stderr, in the run's language (file text escaped; the xlsx
/// summary keeps it as read), each line ending in a line break: the figures, then the groups
/// left out, the first [`GROUPS_SHOWN`] each on a line with its reason and the others
/// counted (JSON and xlsx hold every one).
pub(crate) fn summary_text(s: &Summary) -> String {
    let count = |id: &str, n: u64| tr(id, &[("count", n.into())]);
    // "1 of 3 groups … is twinned", "0 of 1 group … is twinned": the verb agrees with one.
    let agree: u64 = if s.groups_twinned == 1 || s.groups_seeking == 1 {
        1
    } else {
        2
    };
    let kept = match s.kept {
        0 => String::new(),
        n => format!(" {}", count("summary-kept", n as u64)),
    };
    let mut out = tr(
        "summary-plan",
        &[
            ("method", method_name(s.method).into()),
            ("pairs", count("count-pairs", s.pairs as u64).into()),
            ("kept", kept.into()),
            ("twinned", s.groups_twinned.into()),
            (
                "seeking",
                count("count-groups", s.groups_seeking as u64).into(),
            ),
            ("agree", agree.into()),
            ("without", s.groups_without_twin.into()),
            (
                "unfilled",
                count("summary-unfilled", s.places_unfilled).into(),
            ),
        ],
    );
    out.push('\n');
    if let (Some(mean), Some(low)) = (s.mean_score, s.lowest_score) {
        out.push_str(&tr(
            "summary-scores",
            &[
                ("total", score(s.total_score).into()),
                ("mean", score(mean).into()),
                ("lowest", score(u64::from(low)).into()),
            ],
        ));
        out.push('\n');
    }
    for l in s.left_out.iter().take(GROUPS_SHOWN) {
        let group = format!("{} {} ({})", escape(&l.id), escape(&l.name), l.country);
        let line = tr(
            "summary-left-out",
            &[
                ("group", group.into()),
                ("reason", escape(&reason(&l.reason)).into_owned().into()),
            ],
        );
        out.push_str(&format!("  {line}\n"));
    }
    if let Some(more) = s
        .left_out
        .len()
        .checked_sub(GROUPS_SHOWN)
        .filter(|&m| m > 0)
    {
        out.push_str(&format!("  {}\n", count("summary-more", more as u64)));
    }
    out
}

/// Why the group is left out, in one line, in the run's language.
pub(crate) fn reason(r: &Reason) -> String {
    match r {
        Reason::NoEligiblePartner { excluded, nearest } => {
            let near: Vec<String> = nearest
                .iter()
                .map(|n| {
                    let why = match n.excluded_by.as_slice() {
                        [] => tr("reason-nearest-eligible", &[]),
                        excluded_by => rules(excluded_by),
                    };
                    format!(
                        "{} {}{}{why}",
                        n.id,
                        score(u64::from(n.score)),
                        tr("sep-label", &[])
                    )
                })
                .collect();
            let mut text = match excluded.as_slice() {
                [] if nearest.is_empty() => {
                    tr("reason-no-partner-only", &[("why", only_group().into())])
                }
                [] => tr("reason-no-partner-above-zero", &[("zero", score(0).into())]),
                _ => tr(
                    "reason-no-partner",
                    &[(
                        "rules",
                        rule_counts(excluded.iter().map(|c| (c.rule, c.groups))).into(),
                    )],
                ),
            };
            if !near.is_empty() {
                let clause = tr("sep-clause", &[]);
                let list = near.join(&clause);
                text.push_str(&clause);
                text.push_str(&tr("reason-nearest", &[("list", list.into())]));
            }
            text
        }
        Reason::BelowMinScore {
            best_candidate,
            best_score,
            min_score,
            ..
        } => tr(
            "reason-below-min",
            &[
                ("min", score(u64::from(*min_score)).into()),
                ("best", best_candidate.as_str().into()),
                ("score", score(u64::from(*best_score)).into()),
            ],
        ),
        Reason::PartnersTaken {
            best_candidate,
            best_score,
            taken_by,
            eligible_partners,
        } => tr(
            "reason-taken",
            &[
                ("count", (*eligible_partners).into()),
                ("best", best_candidate.as_str().into()),
                ("score", score(u64::from(*best_score)).into()),
                ("taken", taken_by.join(", ").into()),
            ],
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
