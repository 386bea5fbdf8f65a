//! The groups as twin understands them: profiles, the reference data names resolve to,
//! normalisation of what people type, and validation of a whole dataset.

pub mod dataset;
pub mod normalize;
pub mod profile;
pub mod reference;
