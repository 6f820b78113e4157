//! The part-of-speech tagger: Universal POS tags for a sentence's words.
//!
//! A greedy left-to-right tagger over an averaged perceptron ([`LinearModel`]), in the manner
//! of Collins (2002) and Honnibal's "A good POS tagger in about 200 lines", with richer
//! features:
//! - the word (as written and lowercased), its prefixes (1–3 characters) and suffixes (1–5),
//!   its shape (`Xxxx` → `Xx`, `1,234` → `d,d`), its length and flags (capitalized, all caps,
//!   digit, hyphen, sentence-initial);
//! - the words two either side, the neighbours' 3-suffixes and shapes, and word bigrams;
//! - each word's *ambiguity class* from a tag dictionary learned from train (the set of tags
//!   a word seen at least twice was seen with), for the word itself and its neighbours, alone
//!   and with the word's suffix: it is what lets a left-to-right tagger see something of the
//!   tags to its right; the class of the lowercase form with the word's flags;
//! - the sentence's case (mostly lower case, title case, headline, all caps) with the word's
//!   flags and lowercase class, for the capitalized nouns of titles and headlines;
//! - the two previous tags, alone, together and with the word; the previous tag with the
//!   next word.
//!
//! Frequent, nearly unambiguous words (seen ≥ [`FIXED_MIN`] times, ≥ 99 % with one tag) are
//! tagged from the dictionary without scoring. A second pass, which also sees the first
//! pass's tags of the word and the two after it, is supported (the trainer's `FOLDS`) but
//! off: on EWT it adds about 0.1 UPOS for twice the size and half the speed.
//!
//! Training (feature `train`, `training`) sees each training sentence through the tag
//! dictionary of the other nine tenths of train (so its rare words are unknown or half known,
//! as new text's are), never learns features seen once, and keeps the pass that scores best
//! on dev, pruned (averaged weights under 1.0 dropped) and rounded to steps of 0.5: EWT dev
//! UPOS 95.15 %, test 95.31 %, for a section of about 360 KB gzipped.
//!
//! Every string is hashed once per sentence ([`hash::text`]); the features of a word are
//! then built from those hashes into one reused buffer, so tagging allocates per sentence,
//! never per feature, and takes time linear in the sentence's length.
//!
//! Section layout (`tagger` in the model file; integers as in the crate's `bytes` module):
//! ```text
//! b"TAG1"
//! varint   dictionary entries, forms ascending (byte order)
//! entries × (varint bytes shared with the previous form, str rest of the form,
//!            varint tag mask (bit i: UPOS_ALL[i]), u8 fixed tag (17: none))
//! LinearModel (see `linear`)   the first pass
//! LinearModel                    the second pass (no features: no second pass)
//! ```
//! (A section that is a bare `LinearModel`, the crate skeleton's, reads as an empty tagger.)

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::bytes::{Reader, Writer};
use crate::hash::{self, Identity};
use crate::linear::{LinearModel, Scratch, LANES};
use crate::tags::{Upos, UPOS_ALL};
use crate::Error;

const MAGIC: &[u8; 4] = b"TAG1";
/// Number of tags; also the "no tag" value (before the sentence, not fixed).
const NTAGS: usize = UPOS_ALL.len();
/// A word seen at least this often in train, with one tag ≥ 99 % of the time, is fixed.
pub const FIXED_MIN: u32 = 20;

/// Feature templates (the first argument of [`hash::f1`] and friends).
mod t {
    pub const BIAS: u32 = 1;
    pub const FORM: u32 = 2;
    pub const LOWER: u32 = 3;
    pub const SUF: u32 = 4; // 4..=8: suffixes of 1..=5 characters
    pub const PRE: u32 = 9; // 9..=11: prefixes of 1..=3 characters
    pub const SHAPE: u32 = 12;
    pub const FLAGS: u32 = 13;
    pub const LEN: u32 = 14;
    pub const W_M1: u32 = 15;
    pub const W_M2: u32 = 16;
    pub const W_P1: u32 = 17;
    pub const W_P2: u32 = 18;
    pub const SUF_M1: u32 = 19;
    pub const SUF_P1: u32 = 20;
    pub const SUF_P2: u32 = 21;
    pub const SHAPE_M1: u32 = 22;
    pub const SHAPE_P1: u32 = 23;
    pub const BI_M1: u32 = 24;
    pub const BI_P1: u32 = 25;
    pub const AMB: u32 = 26;
    pub const AMB_M1: u32 = 27;
    pub const AMB_P1: u32 = 28;
    pub const AMB_0_P1: u32 = 30;
    pub const LAMB: u32 = 31;
    pub const CASE: u32 = 32;
    pub const CASE_AMB: u32 = 33;
    pub const AMB_M1_SUF: u32 = 34;
    pub const AMB_P1_SUF: u32 = 35;
    pub const AMB_P2: u32 = 36;
    // Features of the previous tags.
    pub const T1: u32 = 40;
    pub const T12: u32 = 41;
    pub const T1_W: u32 = 42;
    pub const T1_SUF: u32 = 43;
    pub const T1_AMB: u32 = 44;
    pub const T1_AMB_P1: u32 = 45;
    pub const T2: u32 = 46;
    pub const T1_P1: u32 = 47;
    // Features of the first pass's tags (second pass only).
    pub const R0: u32 = 50;
    pub const R1: u32 = 51;
    pub const R12: u32 = 52;
    pub const R1_W: u32 = 53;
    pub const R1_SUF: u32 = 54;
    pub const R1_AMB: u32 = 55;
    pub const L1_R0_R1: u32 = 56;
    pub const R0_W: u32 = 57;
}

/// How many features of a word do not depend on the previous tags.
const STATIC: usize = 35;
/// How many do.
const DYNAMIC: usize = 8;
/// How many features the second pass adds.
const RIGHT: usize = 8;

type HashMapU64<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

/// What the tag dictionary knows of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    /// Bit `i` set: the word was seen as `UPOS_ALL[i]` often enough to count.
    mask: u32,
    /// The tag it always has, if it is frequent and unambiguous (else `NTAGS`).
    fixed: u8,
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Tagger {
    /// The tag dictionary, forms ascending (kept for writing).
    words: Vec<(String, Entry)>,
    /// The same, keyed by [`hash::text`] of the form.
    lookup: HashMapU64<Entry>,
    /// The first pass: left-to-right, seeing the tags already given.
    model: LinearModel,
    /// The second pass, which also sees the first pass's tags of the word and the two after
    /// it (no features: no second pass).
    second: LinearModel,
}

/// The hashes of one word, computed once per sentence.
#[derive(Debug, Clone, Copy, Default)]
struct Word {
    form: u64,
    lower: u64,
    suf: [u64; 5],
    pre: [u64; 3],
    shape: u64,
    flags: u64,
    len: u64,
    amb: u64,
    /// The ambiguity class of the lowercase form (whatever the form's own).
    lamb: u64,
    /// How capitalized the sentence is (see [`Tagger::sentence`]) with the word's flags.
    case: u64,
    fixed: u8,
}

/// Words padded with two sentinels on either side.
const PAD: usize = 2;

impl Tagger {
    /// A tagger that knows nothing (tags every word `X`).
    pub fn empty() -> Tagger {
        Tagger::new(Vec::new(), LinearModel::empty(NTAGS), LinearModel::empty(NTAGS))
    }

    fn new(words: Vec<(String, Entry)>, model: LinearModel, second: LinearModel) -> Tagger {
        let lookup = words.iter().map(|(w, e)| (hash::text(w), *e)).collect();
        Tagger { words, lookup, model, second }
    }

    /// The tags of `words`, one per word.
    pub fn tag(&self, words: &[&str]) -> Vec<Upos> {
        if self.words.is_empty() && self.model.size().0 == 0 {
            return vec![Upos::X; words.len()];
        }
        let info = self.sentence(words);
        let mut tags = self.pass(&info, None);
        if self.second.size().0 > 0 {
            tags = self.pass(&info, Some(&tags));
        }
        tags.into_iter().map(|t| UPOS_ALL[usize::from(t)]).collect()
    }

    /// One left-to-right pass over a sentence's words (`info`, padded): the first, or with
    /// the first's tags (`right`) the second.
    fn pass(&self, info: &[Word], right: Option<&[u8]>) -> Vec<u8> {
        self.model.with_avx2(
            #[cfg_attr(target_arch = "x86_64", inline(always))]
            || self.pass_here(info, right),
        )
    }

    /// [`Tagger::pass`]'s work, inlined into [`LinearModel::with_avx2`]'s call with the
    /// scoring it inlines: compiled for AVX2 where the CPU has it.
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    fn pass_here(&self, info: &[Word], right: Option<&[u8]>) -> Vec<u8> {
        let n = info.len() - 2 * PAD;
        let mut feats = Vec::with_capacity(STATIC + DYNAMIC + RIGHT);
        let mut tags: Vec<u8> = Vec::with_capacity(n);
        let mut scratch = Scratch::default();
        for i in 0..n {
            let w = &info[i + PAD];
            let tag = if usize::from(w.fixed) < NTAGS {
                w.fixed
            } else {
                feats.clear();
                static_features(info, i, &mut feats);
                dynamic_features(info, i, &tags, &mut feats);
                let model = match right {
                    None => &self.model,
                    Some(right) => {
                        right_features(info, i, &tags, right, &mut feats);
                        &self.second
                    }
                };
                // Padded to the model's stride: the scorer's sums of a known length.
                let mut scores = [0i32; NTAGS.next_multiple_of(LANES)];
                model.score_within(&mut scratch, &feats, &mut scores);
                argmax(&scores[..NTAGS]) as u8
            };
            tags.push(tag);
        }
        tags
    }

    /// The hashes of the words of a sentence, padded.
    fn sentence(&self, words: &[&str]) -> Vec<Word> {
        let mut out = Vec::with_capacity(words.len() + 2 * PAD);
        let pad = |s: &str| {
            let h = hash::text(s);
            Word {
                form: h,
                lower: h,
                suf: [h; 5],
                pre: [h; 3],
                shape: h,
                flags: h,
                len: h,
                amb: h,
                lamb: h,
                case: h,
                fixed: NTAGS as u8,
            }
        };
        out.push(pad("<s-2>"));
        out.push(pad("<s-1>"));
        let mut lower = String::new();
        let mut shape = String::new();
        for (i, form) in words.iter().enumerate() {
            out.push(self.word(form, i == 0, &mut lower, &mut shape));
        }
        // The sentence's case: headline (every word capitalized), title (most), all caps.
        let (mut alpha, mut caps, mut upper) = (0usize, 0usize, 0usize);
        for form in words.iter().skip(1) {
            let mut chars = form.chars();
            if let Some(c) = chars.next().filter(|c| c.is_alphabetic()) {
                alpha += 1;
                caps += usize::from(c.is_uppercase());
                upper += usize::from(c.is_uppercase() && !form.chars().any(char::is_lowercase));
            }
        }
        let case = if alpha < 2 {
            0
        } else if upper * 10 >= alpha * 8 {
            3
        } else if caps * 10 >= alpha * 6 {
            2
        } else if caps * 10 >= alpha * 3 {
            1
        } else {
            4
        };
        for w in &mut out[PAD..] {
            w.case = hash::f2(0, hash::num(case), w.flags);
        }
        out.push(pad("</s+1>"));
        out.push(pad("</s+2>"));
        out
    }

    fn word(&self, form: &str, first: bool, lower: &mut String, shape: &mut String) -> Word {
        lower.clear();
        if form.is_ascii() {
            lower.extend(form.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            lower.extend(form.chars().flat_map(char::to_lowercase));
        }
        let mut w = Word { form: hash::text(form), lower: hash::text(lower), ..Word::default() };
        // Suffixes and prefixes by characters (shorter words repeat their whole self).
        let mut ends = [0usize; 5];
        let mut n = 0;
        for (at, _) in lower.char_indices().rev().take(5) {
            ends[n] = at;
            n += 1;
        }
        for k in 0..5 {
            w.suf[k] = if k < n { hash::text(&lower[ends[k]..]) } else { w.lower };
        }
        let mut starts = lower.char_indices().skip(1).map(|(at, _)| at);
        for k in 0..3 {
            let end = starts.next().unwrap_or(lower.len());
            w.pre[k] = hash::text(&lower[..end]);
        }
        // Shape: X upper, x lower, d digit, other characters as they are; runs collapsed.
        shape.clear();
        let (mut upper, mut lowers, mut digit, mut hyphen, mut chars) = (0, 0, 0, false, 0);
        let mut last = None;
        for c in form.chars() {
            chars += 1;
            let class = if c.is_uppercase() {
                upper += 1;
                'X'
            } else if c.is_lowercase() {
                lowers += 1;
                'x'
            } else if c.is_ascii_digit() {
                digit += 1;
                'd'
            } else if c.is_alphabetic() {
                'a'
            } else if c.is_numeric() {
                'd'
            } else {
                hyphen |= c == '-';
                c
            };
            if last != Some(class) && shape.len() < 16 {
                shape.push(class);
            }
            last = Some(class);
        }
        w.shape = hash::text(shape);
        let cap = form.chars().next().is_some_and(char::is_uppercase);
        let flags = u64::from(cap)
            | u64::from(upper > 1 && lowers == 0) << 1
            | u64::from(digit > 0) << 2
            | u64::from(hyphen) << 3
            | u64::from(first) << 4;
        w.flags = hash::num(flags);
        w.len = hash::num(chars.min(12));
        w.lamb = self.lookup.get(&w.lower).map_or(hash::num(999), |e| hash::num(u64::from(e.mask)));
        match self.lookup.get(&w.form) {
            Some(e) => {
                w.amb = hash::num(u64::from(e.mask) + 1000);
                w.fixed = e.fixed;
            }
            None => {
                // Not in the dictionary as written: its lowercase form's class, marked as such.
                w.amb = match self.lookup.get(&w.lower) {
                    Some(e) => hash::num(u64::from(e.mask) + 2_000_000),
                    None => hash::num(999),
                };
                w.fixed = NTAGS as u8;
            }
        }
        w
    }

    pub fn write(&self, w: &mut Writer) {
        w.bytes(MAGIC);
        w.varint(self.words.len() as u64);
        let mut prev: &str = "";
        for (form, e) in &self.words {
            w.front_coded(prev, form);
            w.varint(u64::from(e.mask));
            w.u8(e.fixed);
            prev = form;
        }
        self.model.write(w);
        self.second.write(w);
    }

    pub fn read(r: &mut Reader<'_>) -> Result<Tagger, Error> {
        let magic = r.take(4)?;
        if magic == crate::linear::MAGIC {
            // The crate skeleton's section: a bare model.
            let bare = [magic, r.take(r.remaining())?].concat();
            let mut inner = Reader::new(&bare);
            let model = LinearModel::read(&mut inner)?;
            if inner.remaining() != 0 || model.classes() != NTAGS {
                return Err(Error::Model("a bare tagger model that does not fit".into()));
            }
            return Ok(Tagger::new(Vec::new(), model, LinearModel::empty(NTAGS)));
        }
        if magic != MAGIC {
            return Err(Error::Model("the tagger section does not start with TAG1".into()));
        }
        let n = r.varint()? as usize;
        if n > r.remaining() {
            return Err(Error::Model(format!("a tag dictionary of {n} words")));
        }
        let mut words: Vec<(String, Entry)> = Vec::with_capacity(n);
        for _ in 0..n {
            let prev = words.last().map_or("", |(f, _)| f.as_str());
            let form = r.front_coded(prev)?;
            let mask = r.varint()?;
            let fixed = r.u8()?;
            if mask >= 1 << NTAGS || usize::from(fixed) > NTAGS {
                return Err(Error::Model("a tag dictionary entry out of range".into()));
            }
            words.push((form, Entry { mask: mask as u32, fixed }));
        }
        let model = LinearModel::read(r)?;
        let second = LinearModel::read(r)?;
        if model.classes() != NTAGS || second.classes() != NTAGS {
            return Err(Error::Model("a tagger model with the wrong number of tags".into()));
        }
        Ok(Tagger::new(words, model, second))
    }
}

fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> usize {
    let mut best = 0;
    for (i, s) in scores.iter().enumerate() {
        if *s > scores[best] {
            best = i;
        }
    }
    best
}

/// Appends the features of word `i` that do not depend on tags ([`STATIC`] of them).
#[inline]
fn static_features(info: &[Word], i: usize, out: &mut Vec<u64>) {
    use hash::{f1, f2, f3};
    let p = i + PAD;
    let (w, m1, m2, p1, p2) = (&info[p], &info[p - 1], &info[p - 2], &info[p + 1], &info[p + 2]);
    out.extend_from_slice(&[
        f1(t::BIAS, 0),
        f1(t::FORM, w.form),
        f1(t::LOWER, w.lower),
        f1(t::SUF, w.suf[0]),
        f1(t::SUF + 1, w.suf[1]),
        f1(t::SUF + 2, w.suf[2]),
        f1(t::SUF + 3, w.suf[3]),
        f1(t::SUF + 4, w.suf[4]),
        f1(t::PRE, w.pre[0]),
        f1(t::PRE + 1, w.pre[1]),
        f1(t::PRE + 2, w.pre[2]),
        f1(t::SHAPE, w.shape),
        f1(t::FLAGS, w.flags),
        f2(t::LEN, w.len, w.flags),
        f1(t::W_M1, m1.lower),
        f1(t::W_M2, m2.lower),
        f1(t::W_P1, p1.lower),
        f1(t::W_P2, p2.lower),
        f1(t::SUF_M1, m1.suf[2]),
        f1(t::SUF_P1, p1.suf[2]),
        f1(t::SUF_P2, p2.suf[2]),
        f1(t::SHAPE_M1, m1.shape),
        f1(t::SHAPE_P1, p1.shape),
        f2(t::BI_M1, m1.lower, w.lower),
        f2(t::BI_P1, w.lower, p1.lower),
        f1(t::AMB, w.amb),
        f1(t::AMB_M1, m1.amb),
        f2(t::AMB_P1, p1.amb, p2.amb),
        f3(t::AMB_0_P1, w.amb, p1.amb, w.suf[2]),
        f2(t::LAMB, w.lamb, w.flags),
        f1(t::CASE, w.case),
        f2(t::CASE_AMB, w.case, w.lamb),
        f2(t::AMB_M1_SUF, m1.amb, w.suf[2]),
        f2(t::AMB_P1_SUF, p1.amb, w.suf[2]),
        f2(t::AMB_P2, p2.amb, w.suf[1]),
    ]);
}

/// Appends the features of word `i` over the tags before it ([`DYNAMIC`] of them).
#[inline]
fn dynamic_features(info: &[Word], i: usize, tags: &[u8], out: &mut Vec<u64>) {
    use hash::{f1, f2, f3};
    let p = i + PAD;
    let (w, p1) = (&info[p], &info[p + 1]);
    let tag = |k: usize| hash::num(if i >= k { u64::from(tags[i - k]) } else { NTAGS as u64 });
    let (t1, t2) = (tag(1), tag(2));
    out.extend_from_slice(&[
        f1(t::T1, t1),
        f2(t::T12, t1, t2),
        f2(t::T1_W, t1, w.lower),
        f2(t::T1_SUF, t1, w.suf[2]),
        f2(t::T1_AMB, t1, w.amb),
        f3(t::T1_AMB_P1, t1, w.amb, p1.amb),
        f2(t::T2, t2, w.lower),
        f2(t::T1_P1, t1, p1.lower),
    ]);
}

/// Appends the second pass's features of word `i` over the first pass's tags ([`RIGHT`]).
#[inline]
fn right_features(info: &[Word], i: usize, tags: &[u8], right: &[u8], out: &mut Vec<u64>) {
    use hash::{f1, f2, f3};
    let w = &info[i + PAD];
    let tag = |k: usize| hash::num(right.get(i + k).map_or(NTAGS as u64 + 1, |&t| u64::from(t)));
    let (r0, r1, r2) = (tag(0), tag(1), tag(2));
    let t1 = hash::num(if i >= 1 { u64::from(tags[i - 1]) } else { NTAGS as u64 });
    out.extend_from_slice(&[
        f1(t::R0, r0),
        f1(t::R1, r1),
        f2(t::R12, r1, r2),
        f2(t::R1_W, r1, w.lower),
        f2(t::R1_SUF, r1, w.suf[2]),
        f2(t::R1_AMB, r1, w.amb),
        f3(t::L1_R0_R1, t1, r0, r1),
        f2(t::R0_W, r0, w.lower),
    ]);
}

#[cfg(feature = "train")]
mod training;

#[cfg(test)]
mod tests;
