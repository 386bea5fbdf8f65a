//! Generators for unit tests (compiled with `cfg(test)` only; proptest is a dev-dependency):
//! random datasets and scorings for properties checked against simple oracles, a dataset
//! from a few literal rows, and the summary of its plan.

use proptest::prelude::*;

use crate::model::dataset::Dataset;
use crate::model::profile::{Group, Source};
use crate::score::{Rules, Scoring, Weights};

/// A random dataset of fewer than `max` groups over few countries and languages so that
/// every rule fires, with random twins and capacities.
pub(crate) fn arb_dataset(max: usize) -> impl Strategy<Value = Dataset> {
    proptest::collection::vec(
        (
            0usize..4,
            proptest::collection::btree_set(0usize..5, 1..3),
            // Up to 11 themes: both the table path (≤ 8) and the direct one.
            1u128..(1 << 11),
            0u32..3,
            proptest::collection::vec(0usize..max, 0..2),
        ),
        1..max,
    )
    .prop_map(|rows| {
        let n = rows.len();
        let groups = rows
            .into_iter()
            .enumerate()
            .map(|(i, (country, langs, themes, capacity, twins))| {
                let mut twins: Vec<usize> =
                    twins.into_iter().filter(|&t| t < n && t != i).collect();
                twins.sort_unstable();
                twins.dedup();
                Group {
                    id: format!("G{i:04}"),
                    name: format!("group {i}"),
                    country,
                    languages: langs.into_iter().collect(),
                    themes,
                    city: None,
                    capacity,
                    twins,
                    forbidden: Vec::new(),
                    source: Source {
                        file: "t".into(),
                        line: i as u64 + 2,
                    },
                }
            })
            .collect();
        Dataset { groups }
    })
}

/// Random weights, priority themes among the first 8, and every combination of rules.
pub(crate) fn arb_scoring() -> impl Strategy<Value = Scoring> {
    (
        0.0f64..3.0,
        0.0f64..3.0,
        0.5f64..4.0,
        0u128..(1 << 8),
        any::<[bool; 4]>(),
    )
        .prop_map(|(t, l, p, pr, r)| Scoring {
            weights: Weights {
                themes: t,
                languages: l,
                priority: p,
            },
            priorities: pr,
            rules: Rules {
                different_country: r[0],
                common_language: r[1],
                exclude_existing_twins: r[2],
                require_capacity: r[3],
            },
        })
}

/// A dataset from (id, country, languages, themes, capacity) rows, in the order given (give
/// them in id order): names are the ids, no twins.
pub(crate) fn dataset(specs: &[(&str, usize, &[usize], u128, u32)]) -> Dataset {
    Dataset {
        groups: specs
            .iter()
            .map(|&(id, country, langs, themes, capacity)| Group {
                id: id.into(),
                name: id.into(),
                country,
                languages: langs.to_vec(),
                themes,
                city: None,
                capacity,
                twins: vec![],
                forbidden: vec![],
                source: Source {
                    file: "t".into(),
                    line: 1,
                },
            })
            .collect(),
    }
}

/// The summary of `ds`'s plan by `method` (not maximising cardinality), with the default
/// configuration.
pub(crate) fn planned(ds: &Dataset, method: crate::plan::matching::Method) -> crate::plan::Summary {
    let config = crate::settings::Config::default_config();
    let opts = crate::plan::matching::PlanOptions {
        method,
        max_cardinality: false,
    };
    let chosen = crate::plan::choose(ds, &config.scoring, &opts).expect("a small plan fits");
    crate::plan::summarise(ds, &config.reference, &config.scoring, method, &chosen)
}
