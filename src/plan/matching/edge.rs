//! The solvers' input: an edge of the graph of eligible pairs.

/// An eligible pair of groups `a`, `b` (`a != b`) with score `weight > 0`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Edge {
    pub a: u32,
    pub b: u32,
    pub weight: i64,
}
