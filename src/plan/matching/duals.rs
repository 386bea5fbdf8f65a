//! Indexes of a matching's blossom duals: which odd sets hold each vertex, and their
//! nesting with running sums, so pricing and the certificate add an edge's duals fast.

use super::blossom::MatchingDuals;

/// For every vertex, the (ascending) indices of the dual odd sets that
/// contain it, stored in compressed-row form.
pub(crate) struct BlossomMembership {
    start: Vec<usize>,
    ids: Vec<u32>,
}

impl BlossomMembership {
    /// Builds the index; fails if a member is out of range or repeated.
    pub(crate) fn new(num_vertices: usize, duals: &MatchingDuals) -> Result<Self, String> {
        let mut count = vec![0usize; num_vertices + 1];
        for (index, blossom) in duals.blossoms.iter().enumerate() {
            for &v in &blossom.members {
                let v = v as usize;
                if v >= num_vertices {
                    return Err(format!("odd set {index} has member {v} out of range"));
                }
                count[v + 1] += 1;
            }
        }
        for v in 0..num_vertices {
            count[v + 1] += count[v];
        }
        let start = count.clone();
        let mut fill = count;
        let mut ids = vec![0u32; start[num_vertices]];
        for (index, blossom) in duals.blossoms.iter().enumerate() {
            for &v in &blossom.members {
                let v = v as usize;
                if fill[v] > start[v] && ids[fill[v] - 1] == index as u32 {
                    return Err(format!("odd set {index} lists vertex {v} twice"));
                }
                ids[fill[v]] = index as u32;
                fill[v] += 1;
            }
        }
        Ok(BlossomMembership { start, ids })
    }

    pub(crate) fn of(&self, v: usize) -> &[u32] {
        &self.ids[self.start[v]..self.start[v + 1]]
    }

    /// Sum of the duals of all odd sets containing both `i` and `j`.
    pub(crate) fn common_dual(&self, duals: &MatchingDuals, i: usize, j: usize) -> i128 {
        let (mut a, mut b) = (self.of(i).iter().peekable(), self.of(j).iter().peekable());
        let mut sum = 0i128;
        while let (Some(&&x), Some(&&y)) = (a.peek(), b.peek()) {
            match x.cmp(&y) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => {
                    sum += i128::from(duals.blossoms[x as usize].dual);
                    a.next();
                    b.next();
                }
            }
        }
        sum
    }
}

/// The blossoms around each vertex, outermost first, with running sums of
/// their duals, so that the duals of the blossoms around both ends of an edge
/// (a common prefix, because the blossoms are laminar) add up in a few steps.
/// If the family is not laminar it falls back to the general
/// [`BlossomMembership`] test.
pub(crate) enum Nesting {
    Laminar {
        start: Vec<usize>,
        ids: Vec<u32>,
        /// `DUAL_SCALE`-scaled sum of the duals of `ids[start[v]..=k]`.
        running: Vec<i128>,
    },
    General(BlossomMembership),
}

impl Nesting {
    pub(crate) fn new(duals: &MatchingDuals) -> Self {
        let n = duals.vertex.len();
        let general =
            BlossomMembership::new(n, duals).expect("solver duals reference valid vertices");
        let blossoms = &duals.blossoms;
        let mut start = vec![0usize; n + 1];
        for v in 0..n {
            start[v + 1] = start[v] + general.of(v).len();
        }
        let mut ids = Vec::with_capacity(start[n]);
        let mut running = Vec::with_capacity(start[n]);
        // The next blossom inward from each blossom must be the same for every
        // member: that is what laminar means for these lists.
        const UNSET: u32 = u32::MAX;
        const OUTERMOST: u32 = u32::MAX - 1;
        let mut parent = vec![UNSET; blossoms.len()];
        for v in 0..n {
            let mut list: Vec<u32> = general.of(v).to_vec();
            list.sort_unstable_by_key(|&b| {
                (std::cmp::Reverse(blossoms[b as usize].members.len()), b)
            });
            let mut sum = 0i128;
            let mut outer = OUTERMOST;
            for &b in &list {
                let seen = &mut parent[b as usize];
                if *seen == UNSET {
                    *seen = outer;
                } else if *seen != outer {
                    return Nesting::General(general);
                }
                outer = b;
                sum += i128::from(blossoms[b as usize].dual);
                ids.push(b);
                running.push(sum);
            }
        }
        Nesting::Laminar {
            start,
            ids,
            running,
        }
    }

    /// Sum of the duals of all blossoms containing both `i` and `j`.
    pub(crate) fn common_dual(&self, duals: &MatchingDuals, i: usize, j: usize) -> i128 {
        match self {
            Nesting::General(general) => general.common_dual(duals, i, j),
            Nesting::Laminar {
                start,
                ids,
                running,
            } => {
                let (a, b) = (&ids[start[i]..start[i + 1]], &ids[start[j]..start[j + 1]]);
                let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
                if common == 0 {
                    0
                } else {
                    running[start[i] + common - 1]
                }
            }
        }
    }
}
