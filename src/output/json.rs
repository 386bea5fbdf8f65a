//! Pair rows as JSON: `{"pairs": [...]}`, keys in the documented order, scores as numbers;
//! a plan adds `"summary"`, its figures and every group left out with the reason as fields
//! (rules by their fixed keys, [`alone::rule_key`](super::alone::rule_key)).

use std::cell::RefCell;
use std::io::Write;

use serde::{Serialize, Serializer};

use super::alone::rule_key as rule;
use super::plan_summary::method_name;
use super::rows::PairRow;
use crate::plan::{LeftOut, Reason, Summary};
use crate::score::{Exclusion, Hundredths, serialize_points, serialize_points_opt};

/// A sequence serialised straight from an iterator, so rows are never all in memory.
struct Lazy<I>(RefCell<Option<I>>);

impl<'r, I: Iterator<Item = PairRow<'r>>> Serialize for Lazy<I> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let rows = self.0.borrow_mut().take();
        s.collect_seq(rows.into_iter().flatten())
    }
}

#[derive(Serialize)]
#[serde(bound = "")]
struct Document<'a, 'r, I: Iterator<Item = PairRow<'r>>> {
    pairs: Lazy<I>,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<SummaryJson<'a>>,
}

/// [`Summary`] as the JSON plan holds it.
#[derive(Serialize)]
struct SummaryJson<'a> {
    method: &'static str,
    pairs: usize,
    /// Of those, the pairs kept in advance (`--keep`); left out when none.
    #[serde(skip_serializing_if = "is_zero")]
    kept: usize,
    groups_seeking: usize,
    groups_twinned: usize,
    groups_without_twin: usize,
    places_unfilled: u64,
    #[serde(serialize_with = "serialize_points")]
    total_score: u64,
    #[serde(serialize_with = "serialize_points_opt")]
    mean_score: Option<u64>,
    #[serde(serialize_with = "serialize_points_opt")]
    lowest_score: Option<Hundredths>,
    left_out: Vec<LeftOutJson<'a>>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// A [`LeftOut`]: the group, then its reason's fields.
#[derive(Serialize)]
struct LeftOutJson<'a> {
    id: &'a str,
    name: &'a str,
    country: &'a str,
    #[serde(flatten)]
    reason: ReasonJson<'a>,
}

/// A [`Reason`], told by its `reason` field.
#[derive(Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
enum ReasonJson<'a> {
    NoEligiblePartner {
        excluded: Vec<RuleCountJson>,
        nearest: Vec<NearestJson<'a>>,
    },
    BelowMinScore {
        best_candidate: &'a str,
        #[serde(serialize_with = "serialize_points")]
        best_score: Hundredths,
        #[serde(serialize_with = "serialize_points")]
        min_score: Hundredths,
        eligible_partners: usize,
    },
    PartnersTaken {
        best_candidate: &'a str,
        #[serde(serialize_with = "serialize_points")]
        best_score: Hundredths,
        taken_by: &'a [String],
        eligible_partners: usize,
    },
}

#[derive(Serialize)]
struct RuleCountJson {
    rule: &'static str,
    groups: usize,
}

#[derive(Serialize)]
struct NearestJson<'a> {
    id: &'a str,
    #[serde(serialize_with = "serialize_points")]
    score: Hundredths,
    excluded_by: Vec<&'static str>,
}

impl<'a> SummaryJson<'a> {
    fn new(s: &'a Summary) -> Self {
        SummaryJson {
            method: method_name(s.method),
            pairs: s.pairs,
            kept: s.kept,
            groups_seeking: s.groups_seeking,
            groups_twinned: s.groups_twinned,
            groups_without_twin: s.groups_without_twin,
            places_unfilled: s.places_unfilled,
            total_score: s.total_score,
            mean_score: s.mean_score,
            lowest_score: s.lowest_score,
            left_out: s.left_out.iter().map(LeftOutJson::new).collect(),
        }
    }
}

impl<'a> LeftOutJson<'a> {
    fn new(l: &'a LeftOut) -> Self {
        let names = |rules: &[Exclusion]| rules.iter().map(|&e| rule(e)).collect();
        let reason = match &l.reason {
            Reason::NoEligiblePartner { excluded, nearest } => ReasonJson::NoEligiblePartner {
                excluded: excluded
                    .iter()
                    .map(|c| RuleCountJson {
                        rule: rule(c.rule),
                        groups: c.groups,
                    })
                    .collect(),
                nearest: nearest
                    .iter()
                    .map(|n| NearestJson {
                        id: &n.id,
                        score: n.score,
                        excluded_by: names(&n.excluded_by),
                    })
                    .collect(),
            },
            Reason::BelowMinScore {
                best_candidate,
                best_score,
                min_score,
                eligible_partners,
            } => ReasonJson::BelowMinScore {
                best_candidate,
                best_score: *best_score,
                min_score: *min_score,
                eligible_partners: *eligible_partners,
            },
            Reason::PartnersTaken {
                best_candidate,
                best_score,
                taken_by,
                eligible_partners,
            } => ReasonJson::PartnersTaken {
                best_candidate,
                best_score: *best_score,
                taken_by,
                eligible_partners: *eligible_partners,
            },
        };
        LeftOutJson {
            id: &l.id,
            name: &l.name,
            country: &l.country,
            reason,
        }
    }
}

/// Streams `{"pairs": [...]}` (and `"summary"` for a plan) to `w`, pretty-printed.
pub(super) fn write<'r>(
    rows: impl Iterator<Item = PairRow<'r>>,
    summary: Option<&Summary>,
    w: &mut dyn Write,
) -> std::io::Result<()> {
    let doc = Document {
        pairs: Lazy(RefCell::new(Some(rows))),
        summary: summary.map(SummaryJson::new),
    };
    serde_json::to_writer_pretty(&mut *w, &doc)?;
    w.write_all(b"\n")
}
