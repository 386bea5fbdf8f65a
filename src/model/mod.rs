//! The groups as twin understands them: profiles, the reference data names resolve to,
//! normalisation of what people type, and validation of a whole dataset.

pub(crate) mod dataset;
pub(crate) mod normalize;
pub(crate) mod profile;
pub(crate) mod reference;
