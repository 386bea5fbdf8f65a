//! A group's best partners: the reference scan, the fast scan, the profile index, the
//! census, and why a group is alone.

pub mod alone;
pub mod census;
pub mod heaps;
pub mod index;
pub mod order;
pub mod reference;
pub mod scan;
