//! The narrow surface through which benchmarks, fuzz targets, examples and integration tests
//! reach inside twin. twin is a command-line tool: this is not an interface for other
//! programs, and it changes with the code. Everything else in the crate is private to it,
//! so the compiler reports what nothing uses.
//!
//! Each module re-exports, from the folder of the same name, what those callers use: the
//! readers' entry points and budgets (fuzzing, hostile-file tests), validation, the scorers,
//! candidate searches and planners side by side with their reference paths (benchmarks), and
//! the atomic file writer (the signal test).

/// Readers: bytes → records, and the budgets they enforce.
pub mod input {
    pub use crate::input::sheet_limits;
    pub use crate::input::{
        InputFormat, Loaded, MAX_FIELD_BYTES, MAX_ROW_BYTES, MAX_ROWS, MAX_TITLE_ROWS, ReadOptions,
        pairs, parse_bytes, read_table,
    };
}

/// Profiles, reference data and validation.
pub mod model {
    pub use crate::model::dataset::{Dataset, validate};
    pub use crate::model::profile::{Group, Record, Source};
    pub use crate::model::reference::Reference;
}

/// The configuration.
pub mod settings {
    pub use crate::settings::Config;
}

/// Problems and how many repeats are shown.
pub mod error {
    pub use crate::error::{Problem, REPEATS_SHOWN};
}

/// The score: the reference formula and the packed kernel.
pub mod score {
    pub use crate::score::kernel::{Kernel, all_pairs_checksum};
    pub use crate::score::{Rules, Scoring, Weights, eligible, score};
}

/// Candidate searches: the reference scan and the two fast paths.
pub mod candidates {
    pub use crate::candidates::reference::candidates;
    pub use crate::candidates::scan::{top_candidates_index, top_candidates_scan};
}

/// Plans: the entry points, their limits, and the solvers beneath.
pub mod plan {
    pub use crate::plan::matching::{Method, PlanOptions, max_weight_b_matching_with_stats};
    pub use crate::plan::stable::stable_plan;
    pub use crate::plan::{MAX_OPTIMAL_PAIRS, MAX_REDUCED_EDGES, choose, choose_exhaustive, edges};
}

/// Writing output files whole or not at all.
pub mod output {
    pub use crate::output::sink::{Strategy, write_with_strategy};
}
