//! A group's best partners: the reference scan, the fast scan, the profile index, the
//! census, and why a group is alone.

pub(crate) mod alone;
pub(crate) mod best;
pub(crate) mod census;
pub(crate) mod heaps;
pub(crate) mod index;
pub(crate) mod order;
pub(crate) mod reference;
pub(crate) mod scan;
