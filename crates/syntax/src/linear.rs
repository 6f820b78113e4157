//! The linear models behind the tagger and the parser: sparse weights per feature, quantized.
//!
//! A [`LinearModel`] scores classes for a set of hashed features: for each feature found in
//! its table, it adds that feature's weights (a short list of `(class, weight)` pairs, only
//! the classes training ever touched) to the scores. Weights are `i16`s (one scale per
//! model), scores `i32`s: the argmax is what matters, never the absolute value.
//!
//! File format of one model (all integers little-endian; `varint` is LEB128):
//! ```text
//! u32 magic "LIN3" | u32 classes | u32 features | f32 scale | u8 k
//! features × Rice(k)  key deltas (keys ascending, first from 0), one bit stream padded to a byte
//! 3 × alphabet        the shapes of the entry counts', class steps' and weights' alphabets
//! u32                 byte length of the range-coded entries, then those bytes:
//!   per feature: its entry count; per entry: its class as a step from the class before it
//!   plus one (from 0 for the first), in the context of that class; its weight, zigzagged,
//!   in the context of its class and of the feature's count (one, two, more)
//! ```
//! Keys are hashes, so their deltas are random numbers of about 13 bits: Rice codes store them
//! in about 14–15 bits, where varints took 16 and gzip could not help. The entries are coded
//! by the crate's adaptive binary range coder (`range`): each alphabet a binary tree shaped as
//! its Huffman code (written in preorder: varint 0 an inner node, `symbol + 1` a leaf), with
//! adaptive probabilities per context at its inner nodes. The parser's entries so take 8.7
//! bits each, count included (370 KB), where gzip, which sees no contexts, made 10.7 (453 KB)
//! of the bytes `LIN2` stored them in; the tagger's 7.3 (142 KB) where it made 8.8 (172 KB).
//! (`LIN2`, 2 to 4 December 2026: entry counts as varints, then every entry's class (`u8`),
//! then every entry's weight (zigzag varint), 120 KB larger once gzipped; `LIN1`, before:
//! varint key deltas and interleaved entries, 94 KB larger again. `dateline-train convert`
//! reads `LIN2` to rewrite such files.) Decoding the entries is the larger part of reading
//! the model (about half of its 65 ms natively, 4.7 million coded bits; see the model's
//! README).
//! In memory, a model is laid out for scoring speed (see `build_table`): an open-addressing
//! table of 8-byte slots, each holding a key and either the feature's weights themselves (up
//! to two) or where they are; sparse weights are 2 bytes each (class, `i8` weight: the models'
//! weights are rounded coarsely enough that nearly all fit), features with many entries (or a
//! weight beyond `i8`) get dense `i16` rows, added as vectors. Scoring looks features up in
//! batches, in phases of independent loads whose cache misses overlap (`look_up`), and sums a
//! batch's weights in 16-bit lanes, exactly (`add_all`), eight classes to a vector add, in
//! working memory the caller keeps between calls ([`Scratch`]: nothing to clear per call);
//! rows of class scores summed ahead by the caller (the parser's tag tables) join a batch's
//! 16-bit sums ([`LinearModel::score_with_rows`]). On x86-64, a model's stride (up to 128
//! lanes) gets a copy of the sums for its length, whose dense rows and fold into the caller's
//! scores are straight vector code (`add_all_fixed`); on CPUs with AVX2 (detected at run
//! time), code compiled for AVX2 sums the batches ([`LinearModel::with_avx2`]): sixteen lanes
//! to a vector add, the same sums. The parser's and the tagger's loops over a sentence run
//! inside it too, with their scoring, their groups' sums and their argmax inlined
//! ([`LinearModel::score_within`]). On EWT test (callgrind), the AVX2 batches took 8 % of the
//! parser's instructions off, the fixed lengths and the loops in AVX2 11 % more (tagging 3 %);
//! wasm and other CPUs run the portable code, which wasm keeps as it was (its size counts).
//! The parser's model takes about 2.3 MB this way (4.7 MB with the 16-byte slots and `i32`
//! rows of before 3 December 2026): what the tagger and the parser touch per word is mostly
//! cache misses, so the smaller the better.
//!
//! The averaged perceptron that trains these models is [`Trainer`] (feature `train`).

use crate::hash;

/// The first bytes of a linear model in a file.
pub const MAGIC: &[u8; 4] = b"LIN3";

/// `scores[i] += row[i]` for a row beyond `i8` (not inlined: as a function of its own it
/// compiles to vector adds).
#[inline(never)]
fn add_wide_row(scores: &mut [i32], row: &[i16]) {
    for (x, w) in scores.iter_mut().zip(row) {
        *x += i32::from(*w);
    }
}

/// `acc[i] += row[i]` over [`LANES`]-wide chunks (a dense row's length is a multiple of it):
/// 16-bit lanes, eight to a vector, two vectors per step of the loop.
#[inline]
fn add_row(acc: &mut [i16; 256], row: &[i16]) {
    for (a, r) in acc.chunks_exact_mut(LANES).zip(row.chunks_exact(LANES)) {
        let (a, r): (&mut [i16; LANES], &[i16; LANES]) = match (a.try_into(), r.try_into()) {
            (Ok(a), Ok(r)) => (a, r),
            _ => return,
        };
        for (x, w) in a.iter_mut().zip(r) {
            *x = x.wrapping_add(*w);
        }
    }
}

/// Dense rows are padded to a multiple of this many classes (two vectors of eight); a row of
/// class scores is [`LinearModel::stride`] long, the classes rounded up to it.
pub const LANES: usize = 16;

/// [`add_row`] for rows of `L` lanes, `L` known when compiling: no loop left, and with the
/// fold of [`LinearModel::add_all_fixed`] no call to clear the sums (5 % fewer instructions
/// tagging and parsing EWT test than the loops over the model's stride, callgrind).
#[inline(always)]
fn add_row_fixed<const L: usize>(acc: &mut [i16; 256], row: &[i16]) {
    // (By vectors of [`LANES`], as `add_row` does: as one loop over `L` lanes, 32 lanes were
    // added one by one.)
    if let Some(r) = row.first_chunk::<L>() {
        add_row(acc, r);
    }
}

/// How many features [`LinearModel::score`] looks up together (the parser's feature groups
/// and the tagger's features of a word, in either pass, each fit in one batch).
const BATCH: usize = 64;
// The 16-bit sums of a batch are exact (see `add_all`).
const _: () = assert!(BATCH * 128 <= i16::MAX as usize);

/// How far from zero a value of a row [`LinearModel::score_with_rows`] adds may be, and how
/// many rows it adds at most: the 16-bit sums stay exact.
pub const ROW_LIMIT: i16 = 8191;
pub const MAX_ROWS: usize = 2;
const _: () = assert!(BATCH * 128 + MAX_ROWS * ROW_LIMIT as usize <= i16::MAX as usize);

/// A scorer's working memory, kept between calls so that no call clears more of it than it
/// used ([`LinearModel::score_with`]): the table slots of a batch's features and the batch's
/// 16-bit sums, which are zero between calls.
#[derive(Debug, Clone)]
pub struct Scratch {
    slots: [u64; BATCH],
    at: [u32; BATCH],
    acc: [i16; 256],
}

impl Default for Scratch {
    fn default() -> Scratch {
        Scratch { slots: [slot::EMPTY; BATCH], at: [0; BATCH], acc: [0; 256] }
    }
}

/// A key's first slot in the table (before masking).
#[inline]
fn home(key: u32) -> usize {
    (key as usize).wrapping_mul(0x9E37_79B9)
}

/// A trained, quantized linear model, ready to score.
#[derive(Debug, Clone, Default)]
pub struct LinearModel {
    classes: usize,
    scale: f32,
    /// Feature keys ([`hash::key`]), ascending.
    keys: Vec<u32>,
    /// `offsets[i]..offsets[i + 1]` are feature `i`'s entries.
    offsets: Vec<u32>,
    entry_class: Vec<u8>,
    entry_weight: Vec<i16>,
    /// Open addressing over `keys`, one `u64` per slot ([`slot`]): a lookup touches one slot,
    /// which holds a feature's weights itself when it has up to two.
    table: Vec<u64>,
    /// Sparse features' weights, `[weight as i8 as u8, class]` each (an [`Entry`]'s bytes, read
    /// apart: two byte loads and an add per weight).
    packed: Vec<[u8; 2]>,
    /// Rows of `stride` weights (`classes` rounded up to [`LANES`], zeros after), for features
    /// with many entries or a weight beyond `i8` (added as vectors).
    dense: Vec<i16>,
    stride: usize,
    /// Whether this CPU has AVX2 (x86-64; found when the table is built): batches are
    /// summed by a copy of the code compiled for it ([`LinearModel::add_all`]).
    #[cfg(target_arch = "x86_64")]
    avx2: bool,
}

/// Calls `f` in code compiled for AVX2 ([`LinearModel::with_avx2`]): what `f` inlines is
/// compiled for it too. (Its arguments are references of a function's own, which the compiler
/// knows do not overlap: the loops vectorize.)
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn avx2<R>(f: impl FnOnce() -> R) -> R {
    f()
}

/// One weight of a sparse feature: `class << 8 | weight as i8 as u8`. The models' weights are
/// rounded coarsely enough that nearly all fit in an `i8`; a feature with one that does not
/// gets a dense row.
type Entry = u16;

/// The layout of a table slot: the key in its top 30 bits, a 2-bit kind, a 32-bit payload.
mod slot {
    /// A free slot (its kind is [`FREE`]).
    pub const EMPTY: u64 = u64::MAX;
    /// One or two entries inline: the payload holds them (bits 0–15 and 16–31; an unused
    /// second entry is class 0, weight 0, which adds nothing).
    pub const SMALL: u64 = 0;
    /// Entries in `packed`: the payload is where they start (bits 8–31) and how many there
    /// are (bits 0–7).
    pub const SPARSE: u64 = 1;
    /// A row of `dense`: the payload is where it starts (bits 0–30), and bit 31 ([`WIDE`])
    /// says whether a weight in it is beyond `i8`.
    pub const DENSE: u64 = 2;
    pub const WIDE: u32 = 1 << 31;
    pub const FREE: u64 = 3;

    #[inline]
    pub fn new(key: u32, kind: u64, payload: u32) -> u64 {
        u64::from(key) << 34 | kind << 32 | u64::from(payload)
    }
    #[inline]
    pub fn key(a: u64) -> u32 {
        (a >> 34) as u32
    }
    #[inline]
    pub fn kind(a: u64) -> u64 {
        (a >> 32) & 3
    }
    #[inline]
    pub fn payload(a: u64) -> u32 {
        a as u32
    }
}

/// Adds one entry to `acc`.
#[inline]
fn add_entry(e: Entry, acc: &mut [i16; 256]) {
    let a = &mut acc[usize::from(e >> 8)];
    *a = a.wrapping_add(i16::from(e as u8 as i8));
}

impl LinearModel {
    /// A model that knows no feature (every score 0).
    pub fn empty(classes: usize) -> LinearModel {
        LinearModel {
            classes,
            scale: 1.0,
            offsets: vec![0],
            table: vec![slot::EMPTY; 2],
            ..Default::default()
        }
    }

    /// How many classes it scores.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// How many features it knows, and how many weights they carry.
    pub fn size(&self) -> (usize, usize) {
        (self.keys.len(), self.entry_weight.len())
    }

    /// Adds the weights of `features` to `scores` (one per class; not cleared first).
    #[inline]
    pub fn score(&self, features: &[u64], scores: &mut [i32]) {
        self.score_with(&mut Scratch::default(), features, scores);
    }

    /// [`LinearModel::score`] with working memory kept by the caller, which saves clearing
    /// it at every call (the tagger and the parser score many times per sentence).
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    pub fn score_with(&self, scratch: &mut Scratch, features: &[u64], scores: &mut [i32]) {
        self.score_in::<false>(scratch, features, scores)
    }

    /// [`LinearModel::score_with`] for code that runs inside [`LinearModel::with_avx2`]
    /// already (the parser's and the tagger's loops): the batches are summed in the code
    /// chosen there, inlined, without choosing again. (Called elsewhere, it is the portable
    /// code: the same sums.)
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    pub(crate) fn score_within(&self, scratch: &mut Scratch, features: &[u64], scores: &mut [i32]) {
        self.score_in::<true>(scratch, features, scores)
    }

    /// Scores batch after batch, summing each by [`LinearModel::sum`].
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    fn score_in<const WITHIN: bool>(
        &self,
        scratch: &mut Scratch,
        features: &[u64],
        scores: &mut [i32],
    ) {
        for chunk in features.chunks(BATCH) {
            let n = chunk.len().min(BATCH);
            self.look_up(scratch, chunk);
            self.sum::<WITHIN>(scratch, n, scores);
        }
    }

    /// Sums a batch: in the code [`LinearModel::with_avx2`] chose around the caller when
    /// `WITHIN`, else choosing it for the batch.
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    fn sum<const WITHIN: bool>(&self, scratch: &mut Scratch, n: usize, scores: &mut [i32]) {
        if WITHIN {
            self.add_all_here(scratch, n, scores)
        } else {
            self.add_all(scratch, n, scores)
        }
    }

    /// [`LinearModel::score_with`], plus up to [`MAX_ROWS`] rows of class scores (each
    /// [`LinearModel::stride`] long, every value within ±[`ROW_LIMIT`]) added in the 16-bit
    /// sums of the first batch, which stay exact: at most ±128 × [`BATCH`] from the features
    /// plus ±`ROW_LIMIT` × `MAX_ROWS` from the rows (fewer rows than that, or other lengths,
    /// are a caller's mistake: extra rows are ignored, a row of another length adds nothing).
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    pub fn score_with_rows(
        &self,
        scratch: &mut Scratch,
        features: &[u64],
        rows: &[&[i16]],
        scores: &mut [i32],
    ) {
        self.score_rows_in::<false>(scratch, features, rows, scores)
    }

    /// [`LinearModel::score_with_rows`]; with `WITHIN`, for code inside
    /// [`LinearModel::with_avx2`], as [`LinearModel::score_within`] is (the parser's loop).
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    pub(crate) fn score_rows_in<const WITHIN: bool>(
        &self,
        scratch: &mut Scratch,
        features: &[u64],
        rows: &[&[i16]],
        scores: &mut [i32],
    ) {
        let (first, rest) = features.split_at(features.len().min(BATCH));
        self.look_up(scratch, first);
        for row in rows.iter().take(MAX_ROWS).filter(|r| r.len() == self.stride) {
            add_row(&mut scratch.acc, row);
        }
        self.sum::<WITHIN>(scratch, first.len(), scores);
        self.score_in::<WITHIN>(scratch, rest, scores);
    }

    /// The length of a row of class scores: the classes, rounded up to [`LANES`].
    pub fn stride(&self) -> usize {
        self.stride
    }

    /// Finds the table slots of up to [`BATCH`] features (into `scratch.slots`), in phases
    /// of independent loads so that their cache misses overlap: every home slot, then every
    /// feature's own slot (probing on) and the first cache line of its weights.
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    fn look_up(&self, scratch: &mut Scratch, features: &[u64]) {
        let mask = self.table.len() - 1;
        let n = features.len().min(BATCH);
        let (slots, at) = (&mut scratch.slots[..n], &mut scratch.at[..n]);
        for ((f, s), a) in features.iter().zip(slots.iter_mut()).zip(at.iter_mut()) {
            let p = home(hash::key(*f)) & mask;
            *a = p as u32;
            *s = self.table[p];
        }
        let mut touched = 0u32;
        for ((f, s), a) in features.iter().zip(slots.iter_mut()).zip(at.iter()) {
            let key = hash::key(*f);
            let mut p = *a as usize;
            while slot::kind(*s) != slot::FREE && slot::key(*s) != key {
                p = (p + 1) & mask;
                *s = self.table[p];
            }
            let payload = slot::payload(*s);
            match slot::kind(*s) {
                slot::SPARSE => {
                    touched ^= u32::from(self.packed.get(payload as usize >> 8).map_or(0, |e| e[0]))
                }
                slot::DENSE => {
                    touched ^=
                        self.dense.get((payload & !slot::WIDE) as usize).copied().unwrap_or(0)
                            as u32
                }
                _ => {}
            }
        }
        std::hint::black_box(touched);
    }

    /// Adds the weights of the first `n` features found in `scratch.slots` to `scores`.
    ///
    /// The adding is in 16-bit lanes (`scratch.acc`, zero before and after), which is exact:
    /// a feature has at most one weight per class, every weight but those of `WIDE` rows
    /// (added to `scores` at once) fits in an `i8`, and there are at most [`BATCH`] slots, so
    /// no class's sum leaves ±128 × `BATCH`. Only the model's classes' lanes (`stride`) are
    /// ever added to, so only they are cleared.
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    fn add_all(&self, scratch: &mut Scratch, n: usize, scores: &mut [i32]) {
        self.with_avx2(
            #[cfg_attr(target_arch = "x86_64", inline(always))]
            || self.add_all_here(scratch, n, scores),
        )
    }

    /// Runs `f`, compiled for AVX2 where the CPU has it (x86-64, found when the table is
    /// built), else as it is: the same results, with vector code twice as wide for what `f`
    /// inlines (its row adds and its folds into `scores` take half the instructions). The
    /// scorer's batches run so ([`LinearModel::add_all`]), and so do the parser's and the
    /// tagger's loops over a sentence, which inline their scoring, their groups' sums and their
    /// argmax. The crate's one `unsafe` call.
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    pub(crate) fn with_avx2<R>(&self, f: impl FnOnce() -> R) -> R {
        #[cfg(target_arch = "x86_64")]
        if self.avx2 {
            #[allow(unsafe_code)]
            // SAFETY: `avx2` needs nothing but AVX2, which the CPU was found to have (`avx2`
            // is only set so).
            return unsafe { avx2(f) };
        }
        f()
    }

    /// [`LinearModel::add_all`]'s work, inlined into both of its copies. On x86-64, a stride
    /// of up to 128 lanes with `scores` as long gets a copy for its length
    /// ([`LinearModel::add_all_fixed`]; the committed models' are 32 and 112); other cases,
    /// and wasm (whose size counts more), the loops over the model's stride.
    #[inline(always)]
    fn add_all_here(&self, scratch: &mut Scratch, n: usize, scores: &mut [i32]) {
        #[cfg(target_arch = "x86_64")]
        if scores.len() >= self.stride {
            match self.stride / LANES {
                1 => return self.add_all_fixed::<16>(scratch, n, scores),
                2 => return self.add_all_fixed::<32>(scratch, n, scores),
                3 => return self.add_all_fixed::<48>(scratch, n, scores),
                4 => return self.add_all_fixed::<64>(scratch, n, scores),
                5 => return self.add_all_fixed::<80>(scratch, n, scores),
                6 => return self.add_all_fixed::<96>(scratch, n, scores),
                7 => return self.add_all_fixed::<112>(scratch, n, scores),
                8 => return self.add_all_fixed::<128>(scratch, n, scores),
                _ => {}
            }
        }
        let Scratch { slots, acc, .. } = scratch;
        for &s in slots.iter().take(n) {
            self.add::<0>(s, acc, scores);
        }
        let lanes = &mut acc[..self.stride.min(256)];
        for (x, a) in scores.iter_mut().zip(lanes.iter()) {
            *x += i32::from(*a);
        }
        lanes.fill(0);
    }

    /// [`LinearModel::add_all_here`] for a stride of `L` lanes (`scores` at least as long):
    /// the same sums, with dense rows and the fold into `scores` of a length known when
    /// compiling.
    #[cfg(target_arch = "x86_64")]
    #[inline(always)]
    fn add_all_fixed<const L: usize>(&self, scratch: &mut Scratch, n: usize, scores: &mut [i32]) {
        let Scratch { slots, acc, .. } = scratch;
        for &s in slots.iter().take(n) {
            self.add::<L>(s, acc, scores);
        }
        if let (Some(lanes), Some(out)) =
            (acc.first_chunk_mut::<L>(), scores.first_chunk_mut::<L>())
        {
            for (x, a) in out.iter_mut().zip(lanes.iter()) {
                *x += i32::from(*a);
            }
            *lanes = [0; L];
        }
    }

    /// Adds the weights of slot `s`: dense rows by [`add_row_fixed`] for `L` lanes, or by
    /// [`add_row`] over the model's stride when `L` is 0.
    #[cfg_attr(target_arch = "x86_64", inline(always))]
    #[cfg_attr(not(target_arch = "x86_64"), inline)]
    fn add<const L: usize>(&self, s: u64, acc: &mut [i16; 256], scores: &mut [i32]) {
        let payload = slot::payload(s);
        match slot::kind(s) {
            slot::SMALL => {
                add_entry(payload as Entry, acc);
                add_entry((payload >> 16) as Entry, acc);
            }
            slot::SPARSE => {
                let (at, n) = (payload as usize >> 8, payload as usize & 0xff);
                for &[w, c] in self.packed.get(at..at + n).unwrap_or(&[]) {
                    let a = &mut acc[usize::from(c)];
                    *a = a.wrapping_add(i16::from(w as i8));
                }
            }
            slot::DENSE => {
                let at = (payload & !slot::WIDE) as usize;
                if let Some(row) = self.dense.get(at..at + self.stride) {
                    if payload & slot::WIDE != 0 {
                        add_wide_row(scores, row);
                    } else if L == 0 {
                        add_row(acc, row);
                    } else {
                        add_row_fixed::<L>(acc, row);
                    }
                }
            }
            _ => {}
        }
    }

    /// The quantization scale: a score times it is the perceptron's own score.
    pub fn scale(&self) -> f32 {
        self.scale
    }
}

mod build;

#[cfg(feature = "train")]
pub use training::Trainer;

#[cfg(feature = "train")]
mod training;

#[cfg(test)]
mod tests;
