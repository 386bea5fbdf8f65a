//! Bounded heaps of keys ([`order`](super::order)): the best `k` candidates per group, or
//! the best `n` pairs, whatever order they are offered in.

use super::order::{Pair, unkey};

/// One bounded min-heap of keys per group, stored flat: the root is the worst kept.
pub(crate) struct Heaps {
    k: usize,
    keys: Vec<u64>,
    len: Vec<u32>,
    /// The worst key kept by a full heap (0 while it is not full): most offers stop here.
    floor: Vec<u64>,
}

impl Heaps {
    pub(crate) fn new(n: usize, k: usize) -> Self {
        Self {
            k,
            keys: vec![0; n * k],
            len: vec![0; n],
            floor: vec![0; n],
        }
    }

    /// The worst key a full heap keeps (0 while it is not full): only better keys get in.
    #[inline(always)]
    pub(crate) fn floor(&self, g: usize) -> u64 {
        self.floor[g]
    }

    #[inline(always)]
    pub(crate) fn offer(&mut self, g: usize, key: u64) {
        if key > self.floor[g] {
            self.insert(g, key);
        }
    }

    #[inline(never)]
    fn insert(&mut self, g: usize, key: u64) {
        let k = self.k;
        let len = self.len[g] as usize;
        let heap = &mut self.keys[g * k..(g + 1) * k];
        if len < k {
            // Sift up.
            let mut i = len;
            heap[i] = key;
            while i > 0 {
                let parent = (i - 1) / 2;
                if heap[parent] <= heap[i] {
                    break;
                }
                heap.swap(parent, i);
                i = parent;
            }
            self.len[g] += 1;
            if self.len[g] as usize == k {
                self.floor[g] = heap[0];
            }
        } else if key > heap[0] {
            // Replace the worst and sift down.
            heap[0] = key;
            let mut i = 0;
            loop {
                let (l, r) = (2 * i + 1, 2 * i + 2);
                let mut smallest = i;
                if l < k && heap[l] < heap[smallest] {
                    smallest = l;
                }
                if r < k && heap[r] < heap[smallest] {
                    smallest = r;
                }
                if smallest == i {
                    break;
                }
                heap.swap(i, smallest);
                i = smallest;
            }
            self.floor[g] = heap[0];
        }
    }

    pub(crate) fn merge(mut self, other: Heaps) -> Heaps {
        for g in 0..self.len.len() {
            let k = self.k;
            for i in 0..other.len[g] as usize {
                self.offer(g, other.keys[g * k + i]);
            }
        }
        self
    }

    /// The candidates kept for position `p`, best first, as pairs of `group`.
    pub(crate) fn sorted(&self, group: usize, p: usize) -> Vec<Pair> {
        let k = self.k;
        let mut keys = self.keys[p * k..p * k + self.len[p] as usize].to_vec();
        keys.sort_unstable_by(|a, b| b.cmp(a));
        keys.into_iter().map(|key| unkey(group, key)).collect()
    }
}

/// One bounded min-heap of pair keys: the root is the worst kept.
pub(crate) struct PairHeap {
    n: usize,
    keys: std::collections::BinaryHeap<std::cmp::Reverse<u128>>,
    /// The worst key kept once full (0 before): only better keys get in.
    floor: u128,
}

impl PairHeap {
    pub(crate) fn new(n: usize) -> Self {
        Self {
            n,
            keys: std::collections::BinaryHeap::new(),
            floor: 0,
        }
    }

    /// The worst key a full heap keeps (0 before): only better keys get in.
    #[inline(always)]
    pub(crate) fn worst(&self) -> u128 {
        self.floor
    }

    #[inline(always)]
    pub(crate) fn offer(&mut self, key: u128) {
        if key > self.floor {
            self.insert(key);
        }
    }

    #[inline(never)]
    fn insert(&mut self, key: u128) {
        if self.keys.len() == self.n {
            self.keys.pop();
        }
        self.keys.push(std::cmp::Reverse(key));
        if self.keys.len() == self.n {
            self.floor = self.keys.peek().map_or(0, |k| k.0);
        }
    }

    /// The keys kept, best (highest) first.
    pub(crate) fn into_best_first(self) -> Vec<u128> {
        let mut keys: Vec<u128> = self.keys.into_iter().map(|k| k.0).collect();
        keys.sort_unstable_by(|a, b| b.cmp(a));
        keys
    }

    pub(crate) fn merge(mut self, other: PairHeap) -> PairHeap {
        for k in other.keys {
            self.offer(k.0);
        }
        self
    }
}
