//! The parser's features, in five groups by what they look at, so that a group is scored again
//! only when what it looks at changes (see `run` in the parent module):
//! - the buffer's: the first three nodes' words and tags and `b0`'s left children, valency and
//!   label set (they change when a word is shifted or `b0` gets a child);
//! - a stack node's as `s0`: its word, tag, left children, left valency and label set, alone
//!   and with the nodes under it on the stack (`s1`, `s2`); none of it changes while the node
//!   is on the stack;
//! - a stack node's right children as `s0`: rightmost two, right valency and label set;
//! - a stack node's own as `s1`: its word, tag, rightmost and leftmost children, right valency;
//! - the others, which relate the stack's top to the buffer (pairs and triples, distance):
//!   scored at every transition.
//!
//! A node's children change only when it gets one (left ones only as `b0`, right ones only on
//! the stack), and the nodes under it on the stack only once it is popped, so its `s0` group
//! holds once it is shifted, and its right-children and `s1` groups until it gets a child:
//! after a `LEFT` the new `s0` is a node whose `s0` groups were scored before, after a `RIGHT`
//! one whose right-children group alone is scored again (11 features, not 34), and after a
//! `LEFT` or `RIGHT` the new `s1` one whose `s1` group was. The features (templates after Zhang & Nivre 2011)
//! are the same whatever the grouping: training sees them all at once.

use super::system::State;
use crate::hash::{f1, f2, f3};

/// Where each feature of training's order is in the groups' order (buffer, `s0`, `s0`'s right
/// children, `s1`, cross). The averaged perceptron sums `f32` weights in feature order, so the order is kept
/// as it was before the grouping of 3 December 2026: training on the same data gives the same
/// model.
#[cfg(any(test, feature = "train"))]
const TRAINING_ORDER: [u8; 75] = [
    13, 0, 14, 1, 15, 16, 2, 17, 18, 19, 57, 52, 31, 60, 61, 62, 71, 32, 33, 34, 35, 63, 64, 36,
    65, 66, 67, 37, 38, 39, 68, 72, 69, 73, 70, 74, 40, 41, 42, 20, 21, 3, 4, 53, 22, 23, 24, 43,
    49, 44, 5, 10, 6, 58, 54, 55, 56, 25, 26, 50, 45, 11, 7, 27, 51, 12, 59, 28, 46, 47, 48, 29,
    30, 8, 9,
];

impl State {
    /// Writes the configuration's features into `out` (cleared first): every group, in the
    /// order training has always seen them ([`TRAINING_ORDER`]).
    #[cfg(any(test, feature = "train"))]
    pub fn features(&self, out: &mut Vec<u64>) {
        let mut grouped = Vec::with_capacity(TRAINING_ORDER.len());
        self.buffer_features(&mut grouped, true);
        self.s0_features(self.s(0), &mut grouped);
        self.s0_right_features(self.s(0), &mut grouped, true);
        self.s1_features(self.s(1), &mut grouped, true);
        self.cross_features(&mut grouped, true);
        out.clear();
        out.extend(TRAINING_ORDER.iter().filter_map(|&i| grouped.get(usize::from(i))));
    }

    /// Appends the buffer's features: the first three nodes' words and tags, and `b0`'s
    /// children, valency and label set; those over tags alone ([`b0_left_tag_features`],
    /// [`buffer_tag_features`], last) only with `tags` (else the parser adds their weights
    /// from tables: see the `tag_tables` module). So in every group.
    pub fn buffer_features(&self, out: &mut Vec<u64>, tags: bool) {
        let (b0, b1, b2) = (self.bf(0), self.bf(1), self.bf(2));
        let (w, t, l) = (&self.word, &self.tag, &self.label);
        let (b0w, b0t, b1w, b1t, b2t) = (w[b0], t[b0], w[b1], t[b1], t[b2]);
        let b0wt = f2(0, b0w, b0t);
        let b1wt = f2(0, b1w, b1t);
        let (b0l, b0l2) = (self.l1[b0] as usize, self.l2[b0] as usize);
        let b0vl = u64::from(self.nl[b0]);
        out.extend_from_slice(&[
            f1(9, b0wt),
            f1(12, b1wt),
            f2(34, b0wt, b1t),
            f2(74, b0w, b0vl),
            f2(75, b0t, b0vl),
            f1(86, w[b0l]),
            f1(88, l[b0l]),
            f1(98, l[b0l2]),
            f2(114, b0w, self.lset[b0]),
            f2(115, b0t, self.lset[b0]),
        ]);
        if tags {
            out.extend_from_slice(&b0_left_tag_features(b0t, t[b0l], t[b0l2]));
            out.extend_from_slice(&buffer_tag_features(b0t, b1t, b2t));
        }
    }

    /// The tag indices of node `x` and of its two children `c1` and `c2` (a tag-table row).
    fn tags_of(&self, x: usize, c1: u32, c2: u32) -> [usize; 3] {
        [x, c1 as usize, c2 as usize].map(|i| usize::from(self.ti[i]))
    }

    /// The row of `b0` and its two leftmost children in their tag table.
    pub fn b0_left_tag_row(&self) -> [usize; 3] {
        let b0 = self.bf(0);
        self.tags_of(b0, self.l1[b0], self.l2[b0])
    }

    /// The row of `s0` and its two rightmost children in their tag table.
    pub fn s0_right_tag_row(&self, s0: usize) -> [usize; 3] {
        self.tags_of(s0, self.r1[s0], self.r2[s0])
    }

    /// The row of `s1` and its two rightmost children in their tag table.
    pub fn s1_right_tag_row(&self, s1: usize) -> [usize; 3] {
        self.tags_of(s1, self.r1[s1], self.r2[s1])
    }

    /// The index of the buffer's tag-table row: the first three nodes' tag indices.
    pub fn buffer_tag_row(&self) -> [usize; 3] {
        [0, 1, 2].map(|i| usize::from(self.ti[self.bf(i)]))
    }

    /// The index of the cross tag-table row: the tag indices of `s0` and `b0`, their distance.
    pub fn cross_tag_row(&self) -> [usize; 3] {
        let (s0, b0) = (self.s(0), self.bf(0));
        let d = dist(s0, b0, self.stack.is_empty());
        [usize::from(self.ti[s0]), usize::from(self.ti[b0]), d as usize]
    }

    /// Appends the features of node `s0` on top of the stack that hold as long as it is there:
    /// its word and tag, its left children (a node gets those only as `b0`, before it is
    /// shifted) and the nodes under it, `s1` and `s2` (which change only once it is popped;
    /// `s0` must be on top, or the "nothing" node when the stack is empty).
    pub fn s0_features(&self, s0: usize, out: &mut Vec<u64>) {
        let (w, t, l) = (&self.word, &self.tag, &self.label);
        let (s0w, s0t) = (w[s0], t[s0]);
        let (s1, s2) = (self.s(1), self.s(2));
        let (s1w, s1t, s2t) = (w[s1], t[s1], t[s2]);
        let (s1l, s1r) = (self.l1[s1] as usize, self.r1[s1] as usize);
        let s0wt = f2(0, s0w, s0t);
        let s1wt = f2(0, s1w, s1t);
        let d1 = dist(s1, s0, self.stack.len() < 2);
        let (s0l, s0l2) = (self.l1[s0] as usize, self.l2[s0] as usize);
        let s0vl = u64::from(self.nl[s0]);
        out.extend_from_slice(&[
            f1(2, s0t),
            f1(3, s0wt),
            f2(72, s0w, s0vl),
            f2(73, s0t, s0vl),
            f1(80, w[s0l]),
            f1(81, t[s0l]),
            f1(82, l[s0l]),
            f1(93, t[s0l2]),
            f1(94, l[s0l2]),
            f3(100, s0t, t[s0l], t[s0l2]),
            f3(104, s0t, l[s0l], l[s0l2]),
            f2(112, s0w, self.lset[s0]),
            f2(113, s0t, self.lset[s0]),
            // With the nodes under it.
            f1(15, s2t),
            f2(28, s1wt, s0wt),
            f2(30, s1t, s0t),
            f2(31, s1t, s0w),
            f2(32, s1w, s0t),
            f3(43, s2t, s1t, s0t),
            f3(47, s1t, t[s1r], s0t),
            f3(48, s1t, s0t, t[s0l]),
            f3(49, s1t, t[s1l], s0t),
            f3(66, s1t, s0t, d1),
        ]);
    }

    /// Appends the features of node `s0` over its right children, which it gets on the stack
    /// (a `RIGHT` onto it); [`s0_right_tag_features`] only with `tags`.
    pub fn s0_right_features(&self, s0: usize, out: &mut Vec<u64>, tags: bool) {
        let (w, t, l) = (&self.word, &self.tag, &self.label);
        let (s0w, s0t) = (w[s0], t[s0]);
        let (s0r, s0r2) = (self.r1[s0] as usize, self.r2[s0] as usize);
        let s0vr = u64::from(self.nr[s0]);
        out.extend_from_slice(&[
            f2(70, s0w, s0vr),
            f2(71, s0t, s0vr),
            f1(83, w[s0r]),
            f1(85, l[s0r]),
            f1(96, l[s0r2]),
            f3(105, s0t, l[s0r], l[s0r2]),
            f2(110, s0w, self.rset[s0]),
            f2(111, s0t, self.rset[s0]),
        ]);
        if tags {
            out.extend_from_slice(&s0_right_tag_features(s0t, t[s0r], t[s0r2]));
        }
    }

    /// Appends the features of node `s1`, second on the stack, that look at it alone (and its
    /// children); [`s1_right_tag_features`] only with `tags`.
    pub fn s1_features(&self, s1: usize, out: &mut Vec<u64>, tags: bool) {
        let (w, t, l) = (&self.word, &self.tag, &self.label);
        let (s1w, s1t) = (w[s1], t[s1]);
        let (s1l, s1r, s1r2) = (self.l1[s1] as usize, self.r1[s1] as usize, self.r2[s1] as usize);
        out.extend_from_slice(&[
            f1(6, f2(0, s1w, s1t)),
            f2(76, s1t, u64::from(self.nr[s1])),
            f1(90, l[s1r]),
            f1(91, t[s1l]),
            f1(92, l[s1l]),
        ]);
        if tags {
            out.extend_from_slice(&s1_right_tag_features(s1t, t[s1r], t[s1r2]));
        }
    }

    /// Appends the features that relate the stack's top to the buffer (scored at every
    /// transition); those over `s0`'s and `b0`'s tags and their distance alone
    /// ([`cross_tag_features`], last) only with `tags`.
    pub fn cross_features(&self, out: &mut Vec<u64>, tags: bool) {
        let (s0, s1) = (self.s(0), self.s(1));
        let (b0, b1) = (self.bf(0), self.bf(1));
        let (w, t) = (&self.word, &self.tag);
        let (s0w, s0t, s1t) = (w[s0], t[s0], t[s1]);
        let (b0w, b0t, b1t) = (w[b0], t[b0], t[b1]);
        let (s0l, s0r) = (self.l1[s0] as usize, self.r1[s0] as usize);
        let b0l = self.l1[b0] as usize;
        let s0wt = f2(0, s0w, s0t);
        let b0wt = f2(0, b0w, b0t);
        let d = dist(s0, b0, self.stack.is_empty());
        out.extend_from_slice(&[
            // Pairs.
            f2(20, s0wt, b0wt),
            f2(23, s0wt, b0t),
            f2(24, s0t, b0wt),
            // Tag triples.
            f3(41, s0t, b0t, b1t),
            f3(42, s1t, s0t, b0t),
            f3(44, s0t, t[s0l], b0t),
            f3(45, s0t, t[s0r], b0t),
            f3(46, s0t, b0t, t[b0l]),
            // Distances.
            f2(60, s0w, d),
            f2(62, b0w, d),
            f3(64, s0t, b0w, d),
        ]);
        if tags {
            out.extend_from_slice(&cross_tag_features(s0t, b0t, d));
        }
    }
}

/// The buffer's features over its first three nodes' tags alone (hashes `b0t`, `b1t`, `b2t`).
pub fn buffer_tag_features(b0t: u64, b1t: u64, b2t: u64) -> [u64; 5] {
    [f1(8, b0t), f1(11, b1t), f1(14, b2t), f2(27, b0t, b1t), f3(40, b0t, b1t, b2t)]
}

/// The features over `b0`'s tag and its two leftmost children's (hashes) alone.
pub fn b0_left_tag_features(b0t: u64, l1t: u64, l2t: u64) -> [u64; 3] {
    [f1(87, l1t), f1(97, l2t), f3(102, b0t, l1t, l2t)]
}

/// The features over `s0`'s tag and its two rightmost children's (hashes) alone.
pub fn s0_right_tag_features(s0t: u64, r1t: u64, r2t: u64) -> [u64; 3] {
    [f1(84, r1t), f1(95, r2t), f3(101, s0t, r1t, r2t)]
}

/// The features over `s1`'s tag and its two rightmost children's (hashes) alone.
pub fn s1_right_tag_features(s1t: u64, r1t: u64, r2t: u64) -> [u64; 3] {
    [f1(5, s1t), f1(89, r1t), f3(103, s1t, r1t, r2t)]
}

/// The features over `s0`'s and `b0`'s tags (hashes) and their distance `d` alone.
pub fn cross_tag_features(s0t: u64, b0t: u64, d: u64) -> [u64; 4] {
    [f2(26, s0t, b0t), f2(61, s0t, d), f2(63, b0t, d), f3(65, s0t, b0t, d)]
}

/// How many values [`dist`] takes.
pub const DISTANCES: usize = 7;

/// Distance between two nodes, bucketed (0 when either is missing).
#[inline]
fn dist(a: usize, b: usize, missing: bool) -> u64 {
    if missing {
        return 0;
    }
    match b.abs_diff(a) {
        d @ 0..=4 => d as u64,
        5..=9 => 5,
        _ => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::system::{left, right, SHIFT};
    use crate::tags::{Rel, Upos};

    #[test]
    fn the_groups_are_the_features_of_one_configuration_each_once() {
        let mut s = State::default();
        s.reset(&["the", "big", "dog", "barked"], &[Upos::Det, Upos::Adj, Upos::Noun, Upos::Verb]);
        s.apply(SHIFT);
        s.apply(SHIFT);
        s.apply(left(Rel::AMOD.index()));
        s.apply(SHIFT);
        let mut f = Vec::new();
        s.features(&mut f);
        assert_eq!(f.len(), 18 + 23 + 11 + 8 + 15);
        let mut unique = f.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), f.len(), "no feature in two groups");
        // Training's order: the buffer's first words, then the stack's top and second alone.
        let (b0, s0, s1) = (s.bf(0), s.s(0), s.s(1));
        assert_eq!(f[0], f1(8, s.tag[b0]));
        assert_eq!(f[8], f1(2, s.tag[s0]));
        assert_eq!(f[10], f1(5, s.tag[s1]));
        assert_eq!(f[74], f2(115, s.tag[b0], s.lset[b0]));
    }

    #[test]
    fn a_nodes_groups_change_only_with_its_children() {
        let mut s = State::default();
        s.reset(&["a", "b", "c", "d"], &[Upos::Noun, Upos::Noun, Upos::Verb, Upos::Noun]);
        let group = |s: &State, write: &dyn Fn(&State, &mut Vec<u64>)| {
            let mut f = Vec::new();
            write(s, &mut f);
            f
        };
        let as_s0 = |s: &State| group(s, &|s, f| s.s0_features(0, f));
        let as_s0r = |s: &State| group(s, &|s, f| s.s0_right_features(0, f, true));
        let as_s1 = |s: &State| group(s, &|s, f| s.s1_features(0, f, true));
        s.apply(SHIFT);
        let (top, right_children) = (as_s0(&s), as_s0r(&s));
        s.apply(SHIFT);
        let second = as_s1(&s);
        assert_eq!(s.apply(left(Rel::NMOD.index())), Some(2), "b gets a head, c a child");
        assert_eq!(as_s0(&s), top, "a on top again");
        s.apply(SHIFT);
        assert_eq!(as_s1(&s), second, "a second again, under another word");
        assert_eq!(s.apply(right(Rel::NMOD.index())), Some(0));
        assert_ne!(as_s0r(&s), right_children, "a right child of its own");
        assert_eq!(as_s0(&s), top, "its left children and the stack under it as they were");
    }
}
