//! The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the end of the
//! buffer (Ballesteros & Nivre 2013), and the parser's features.
//!
//! A configuration is a stack of words, all still without a head, and a buffer: the words
//! `b..n`, then the artificial root (node `n`). Three transitions, the last two labelled:
//! - `SHIFT` pushes the buffer's front `b0` (a word, never the root) onto the stack;
//! - `LEFT(r)` pops the stack's top `s0` and makes it a dependent of `b0`;
//! - `RIGHT(r)` pops `s0` and makes it a dependent of the new top `s1`.
//!
//! `LEFT` onto the root is allowed only when the stack holds one word (and it is then the only
//! label allowed), so every sentence gets exactly one root. Some transition is always valid
//! until the stack is empty and only the root is left, which takes exactly `2n` transitions:
//! whatever the scores, the result is a tree.
//!
//! Everything the features look at is kept incrementally (the two leftmost and rightmost
//! children of each word, its valencies and its left and right label sets), so a
//! configuration's features cost the same however long the sentence is.

use crate::hash;
use crate::tags::{Rel, Upos};

/// Class of `SHIFT`; `LEFT(r)` is `1 + r`, `RIGHT(r)` is `1 + Rel::COUNT + r`.
pub const SHIFT: usize = 0;
/// How many classes the model scores.
pub const CLASSES: usize = 1 + 2 * Rel::COUNT;

pub const fn left(rel: usize) -> usize {
    1 + rel
}
pub const fn right(rel: usize) -> usize {
    1 + Rel::COUNT + rel
}

/// The transition kind of a class: 0 shift, 1 left, 2 right; and its relation index.
pub fn decode(class: usize) -> (u8, usize) {
    if class == SHIFT {
        (0, 0)
    } else if class <= Rel::COUNT {
        (1, class - 1)
    } else {
        (2, class - 1 - Rel::COUNT)
    }
}

const NO: u32 = u32::MAX;

/// One parse in progress. Nodes: words `0..n`, the root `n`, and `n + 1`, a stand-in for
/// "nothing here" whose word, tag and label hashes are their own.
#[derive(Debug, Default)]
pub struct State {
    pub n: usize,
    pub stack: Vec<u32>,
    /// The buffer's front; `n` is the root.
    pub b: usize,
    /// Per node: hashes of the (lowercased) word, the tag, and the label of the arc to its head.
    pub(super) word: Vec<u64>,
    pub(super) tag: Vec<u64>,
    /// Per node: its tag's index ([`tag_index`]), what the tag tables are indexed by.
    pub(super) ti: Vec<u8>,
    pub(super) label: Vec<u64>,
    pub head: Vec<u32>,
    pub rel: Vec<u8>,
    /// Leftmost, second leftmost, rightmost, second rightmost child (`none` when missing).
    pub(super) l1: Vec<u32>,
    pub(super) l2: Vec<u32>,
    pub(super) r1: Vec<u32>,
    pub(super) r2: Vec<u32>,
    /// Left and right valency, capped.
    pub(super) nl: Vec<u8>,
    pub(super) nr: Vec<u8>,
    /// Bit sets of the labels of the left and right children.
    pub(super) lset: Vec<u64>,
    pub(super) rset: Vec<u64>,
    lower: String,
}

fn none_word() -> u64 {
    hash::text("\u{1}none")
}
fn root_word() -> u64 {
    hash::text("\u{1}root")
}
/// How many tag indices there are: the 17 tags, an unknown tag, the root's and nothing's.
pub const TAG_INDICES: usize = 20;
const UNKNOWN_INDEX: u8 = 17;
const ROOT_INDEX: u8 = 18;
const NONE_INDEX: u8 = 19;

/// A word's tag index: the tag's own number, or [`UNKNOWN_INDEX`].
fn tag_index(t: Option<Upos>) -> u8 {
    t.map_or(UNKNOWN_INDEX, |t| t as u8)
}

/// The hash the features see for tag index `i`.
pub fn tag_hash(i: usize) -> u64 {
    const UNKNOWN_TAG: u64 = 40;
    const ROOT_TAG: u64 = 41;
    const NONE_TAG: u64 = 42;
    hash::num(match i as u8 {
        UNKNOWN_INDEX => UNKNOWN_TAG,
        ROOT_INDEX => ROOT_TAG,
        NONE_INDEX => NONE_TAG,
        t => u64::from(t),
    })
}

/// The hash of a word as the features see it: lowercased, digits as `0`.
fn word_hash(w: &str, buf: &mut String) -> u64 {
    if w.bytes().all(|b| !b.is_ascii_uppercase() && !b.is_ascii_digit()) {
        return hash::text(w);
    }
    buf.clear();
    for c in w.chars() {
        if c.is_ascii_digit() {
            buf.push('0');
        } else {
            buf.extend(c.to_lowercase());
        }
    }
    hash::text(buf)
}

impl State {
    /// Starts a parse of `words` tagged `tags` (a missing tag counts as unknown).
    pub fn reset(&mut self, words: &[&str], tags: &[Upos]) {
        let n = words.len();
        let size = n + 2;
        self.n = n;
        self.stack.clear();
        self.b = 0;
        self.word.clear();
        self.ti.clear();
        for (i, w) in words.iter().enumerate() {
            let h = word_hash(w, &mut self.lower);
            self.word.push(h);
            self.ti.push(tag_index(tags.get(i).copied()));
        }
        self.word.push(root_word());
        self.word.push(none_word());
        self.ti.extend([ROOT_INDEX, NONE_INDEX]);
        self.tag.clear();
        self.tag.extend(self.ti.iter().map(|&i| tag_hash(usize::from(i))));
        let none = self.none();
        let nolabel = hash::num(200);
        reset(&mut self.label, size, nolabel);
        reset(&mut self.head, size, NO);
        reset(&mut self.rel, size, 0);
        reset(&mut self.l1, size, none);
        reset(&mut self.l2, size, none);
        reset(&mut self.r1, size, none);
        reset(&mut self.r2, size, none);
        reset(&mut self.nl, size, 0);
        reset(&mut self.nr, size, 0);
        reset(&mut self.lset, size, 0);
        reset(&mut self.rset, size, 0);
    }

    #[inline]
    fn none(&self) -> u32 {
        (self.n + 1) as u32
    }

    pub fn is_terminal(&self) -> bool {
        self.stack.is_empty() && self.b >= self.n
    }

    pub fn can_shift(&self) -> bool {
        self.b < self.n
    }
    pub fn can_left(&self) -> bool {
        !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1)
    }
    pub fn can_right(&self) -> bool {
        self.stack.len() >= 2
    }

    /// Whether `class` may be applied now.
    #[cfg(test)]
    pub fn valid(&self, class: usize) -> bool {
        match decode(class) {
            (0, _) => self.can_shift(),
            (1, r) => self.can_left() && ((r == Rel::ROOT.index()) == (self.b >= self.n)),
            (_, r) => self.can_right() && r != Rel::ROOT.index(),
        }
    }

    /// The valid classes' range of each kind: `(shift, left, right)` as `lo..hi` bounds;
    /// an empty range when the kind is invalid.
    pub fn valid_ranges(&self) -> [(usize, usize); 3] {
        let shift = if self.can_shift() { (0, 1) } else { (0, 0) };
        let left = if !self.can_left() {
            (0, 0)
        } else if self.b >= self.n {
            (left(0), left(1))
        } else {
            (left(1), left(Rel::COUNT))
        };
        let right = if self.can_right() { (right(1), right(Rel::COUNT)) } else { (0, 0) };
        [shift, left, right]
    }

    /// Applies a class, which must be valid; says which node got a dependent, if one did.
    pub fn apply(&mut self, class: usize) -> Option<usize> {
        match decode(class) {
            (0, _) => {
                self.stack.push(self.b as u32);
                self.b += 1;
                None
            }
            (1, r) => {
                let d = self.stack.pop().unwrap_or(0);
                self.attach(self.b as u32, d, r);
                Some(self.b)
            }
            (_, r) => {
                let d = self.stack.pop().unwrap_or(0);
                let h = self.stack.last().copied().unwrap_or(self.n as u32);
                self.attach(h, d, r);
                Some(h as usize)
            }
        }
    }

    fn attach(&mut self, h: u32, d: u32, r: usize) {
        let (hi, di) = (h as usize, d as usize);
        if hi >= self.head.len() || di >= self.head.len() {
            return;
        }
        self.head[di] = h;
        self.rel[di] = r as u8;
        self.label[di] = hash::num(100 + r as u64);
        let none = self.none();
        if d < h {
            let l1 = self.l1[hi];
            if l1 == none || d < l1 {
                self.l2[hi] = l1;
                self.l1[hi] = d;
            } else if self.l2[hi] == none || d < self.l2[hi] {
                self.l2[hi] = d;
            }
            self.nl[hi] = self.nl[hi].saturating_add(1);
            self.lset[hi] |= 1 << r;
        } else {
            let r1 = self.r1[hi];
            if r1 == none || d > r1 {
                self.r2[hi] = r1;
                self.r1[hi] = d;
            } else if self.r2[hi] == none || d > self.r2[hi] {
                self.r2[hi] = d;
            }
            self.nr[hi] = self.nr[hi].saturating_add(1);
            self.rset[hi] |= 1 << r;
        }
    }

    /// The stack's `i`-th word from the top, or the "nothing" node.
    #[inline]
    pub fn s(&self, i: usize) -> usize {
        let len = self.stack.len();
        if i < len {
            self.stack[len - 1 - i] as usize
        } else {
            self.n + 1
        }
    }

    /// The buffer's `i`-th node (the root last), or the "nothing" node.
    #[inline]
    pub(super) fn bf(&self, i: usize) -> usize {
        (self.b + i).min(self.n + 1)
    }
}

fn reset<T: Copy>(v: &mut Vec<T>, len: usize, value: T) {
    v.clear();
    v.resize(len, value);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree_after(words: &[&str], choose: impl Fn(&State, usize) -> usize) -> State {
        let tags = vec![Upos::Noun; words.len()];
        let mut s = State::default();
        s.reset(words, &tags);
        let mut steps = 0;
        while !s.is_terminal() {
            let valid: Vec<usize> = (0..CLASSES).filter(|&c| s.valid(c)).collect();
            assert!(!valid.is_empty(), "stuck");
            let c = valid[choose(&s, steps) % valid.len()];
            s.apply(c);
            steps += 1;
        }
        assert_eq!(steps, 2 * words.len());
        s
    }

    fn assert_tree(s: &State) {
        let n = s.n;
        let roots = (0..n).filter(|&i| s.head[i] as usize == n).count();
        assert_eq!(roots, usize::from(n > 0));
        for i in 0..n {
            let mut at = i;
            for _ in 0..=n {
                if at == n {
                    break;
                }
                assert!((s.head[at] as usize) <= n, "word {at} has no head");
                at = s.head[at] as usize;
            }
            assert_eq!(at, n, "cycle through {i}");
        }
    }

    #[test]
    fn any_valid_sequence_makes_a_tree() {
        let words = ["a", "b", "c", "d", "e", "f", "g"];
        for seed in 0..200usize {
            let s = tree_after(&words, |_, step| (seed * 7919 + step * 104_729) >> 3);
            assert_tree(&s);
        }
        assert_tree(&tree_after(&[], |_, _| 0));
        assert_tree(&tree_after(&["x"], |_, _| 0));
    }

    #[test]
    fn valid_ranges_agree_with_valid() {
        let words = ["a", "b", "c"];
        let mut s = State::default();
        s.reset(&words, &[Upos::Det, Upos::Noun, Upos::Verb]);
        let mut step = 0;
        while !s.is_terminal() {
            let ranges = s.valid_ranges();
            for c in 0..CLASSES {
                let in_range = ranges.iter().any(|&(lo, hi)| (lo..hi).contains(&c));
                assert_eq!(in_range, s.valid(c), "class {c} at step {step}");
            }
            let c = (0..CLASSES).rev().find(|&c| s.valid(c)).unwrap();
            s.apply(c);
            step += 1;
        }
    }

    #[test]
    fn tag_indices_hash_as_tags_did() {
        // The hashes the model was trained on: a tag's number, 40 unknown, 41 root, 42 none.
        let mut s = State::default();
        s.reset(&["a", "b"], &[Upos::X]);
        let want = [hash::num(Upos::X as u64), hash::num(40), hash::num(41), hash::num(42)];
        assert_eq!(s.tag, want);
        assert_eq!(s.ti, [16, 17, 18, 19]);
        assert_eq!(tag_hash(usize::from(Upos::Adj as u8)), hash::num(0));
    }

    #[test]
    fn children_and_label_sets_are_tracked() {
        // "the big dog": shift the, shift big, left(amod) big<-dog, left(det) the<-dog.
        let mut s = State::default();
        s.reset(&["the", "big", "dog"], &[Upos::Det, Upos::Adj, Upos::Noun]);
        s.apply(SHIFT);
        s.apply(SHIFT);
        s.apply(left(Rel::AMOD.index()));
        s.apply(left(Rel::DET.index()));
        assert_eq!((s.l1[2], s.l2[2], s.nl[2]), (0, 1, 2));
        assert_eq!(s.lset[2], (1 << Rel::AMOD.index()) | (1 << Rel::DET.index()));
    }
}
