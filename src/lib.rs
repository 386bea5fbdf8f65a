//! twin proposes twinning partnerships between local charity groups in different countries.
pub mod normalize;
pub mod reference;
pub mod error;
pub mod profile;
pub mod score;
