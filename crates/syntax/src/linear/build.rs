//! How a [`LinearModel`] comes to be: from training's `(key, [(class, weight)])` lists
//! ([`LinearModel::from_entries`]), coarser from another ([`LinearModel::requantize`]), or from
//! its file format ([`LinearModel::read`], written by [`LinearModel::write`]; the format is in
//! the parent module's docs); and the in-memory table every one of them ends in
//! (`build_table`): the slots, packed entries and dense rows that scoring reads.

use super::{home, slot, Entry, LinearModel, LANES, MAGIC};
use crate::bytes::{self, Reader, Writer};
use crate::range::{Decoder, Encoder, Symbols};
use crate::Error;
use std::collections::BTreeMap;

impl LinearModel {
    /// Builds a model from `(key, [(class, weight)])` lists. Features whose keys collide (two
    /// hashes with the same top [`crate::hash::KEY_BITS`] bits) are merged, their weights added per
    /// class, as the table would add them at lookup anyway; each feature's entries are stored
    /// in class order.
    pub fn from_entries(
        classes: usize,
        scale: f32,
        mut features: Vec<(u32, Vec<(u8, i16)>)>,
    ) -> Self {
        features.sort_by_key(|f| f.0);
        let mut m = LinearModel { classes, scale, offsets: vec![0], ..Default::default() };
        let mut merged: Vec<(u8, i16)> = Vec::new();
        let mut i = 0;
        while i < features.len() {
            let key = features[i].0;
            merged.clear();
            while let Some(f) = features.get(i).filter(|f| f.0 == key) {
                merged.extend_from_slice(&f.1);
                i += 1;
            }
            merged.retain(|e| usize::from(e.0) < classes);
            merged.sort_by_key(|e| e.0);
            m.keys.push(key);
            let mut e = 0;
            while e < merged.len() {
                let class = merged[e].0;
                let mut sum = 0i32;
                while let Some(&(_, w)) = merged.get(e).filter(|x| x.0 == class) {
                    sum += i32::from(w);
                    e += 1;
                }
                let w = sum.clamp(-i32::from(i16::MAX), i32::from(i16::MAX)) as i16;
                if w != 0 {
                    m.entry_class.push(class);
                    m.entry_weight.push(w);
                }
            }
            m.offsets.push(m.entry_weight.len() as u32);
        }
        m.build_table();
        m
    }

    /// Builds the lookup table and the weights' in-memory layout: a feature with at least an
    /// eighth of the classes as entries, or a weight beyond `i8`, gets a dense row; one with
    /// up to two keeps them in its slot; the others are packed. (A packed weight costs about
    /// four instructions to add, a dense row three per vector of sixteen classes: at an eighth
    /// rather than a quarter, tagging and parsing EWT test took 3 % fewer instructions, for
    /// 1 MB more memory; at a sixteenth, 0.7 % fewer again for 0.7 MB more.)
    ///
    /// Features go into the table most entries first. With linear probing, how far features
    /// sit from their home slots adds up to the same whatever the order; first come, first
    /// served puts the features with many entries, which are the ones training met most
    /// often and so the ones text looks up most, nearest their homes (on EWT, 0.4 probe steps
    /// past the home slot per look-up instead of 1.0 in key order; output unchanged).
    fn build_table(&mut self) {
        let cap = (self.keys.len() + self.keys.len() / 2).next_power_of_two().max(2);
        self.table = vec![slot::EMPTY; cap];
        self.packed.clear();
        self.dense.clear();
        self.stride = self.classes.next_multiple_of(LANES);
        #[cfg(target_arch = "x86_64")]
        {
            self.avx2 = std::arch::is_x86_feature_detected!("avx2");
        }
        let mask = cap - 1;
        let mut slots = Vec::with_capacity(self.keys.len());
        for (i, &key) in self.keys.iter().enumerate() {
            let (lo, hi) = (self.offsets[i] as usize, self.offsets[i + 1] as usize);
            let entry = |e: usize| -> u32 {
                u32::from(self.entry_class[e]) << 8 | u32::from(self.entry_weight[e] as i8 as u8)
            };
            let n = hi - lo;
            let narrow = self.entry_weight[lo..hi].iter().all(|w| i8::try_from(*w).is_ok());
            let value = if n == 0 {
                slot::new(key, slot::SPARSE, 0)
            } else if n <= 2 && narrow {
                let second = if n == 2 { entry(lo + 1) } else { 0 };
                slot::new(key, slot::SMALL, entry(lo) | second << 16)
            } else if n * 8 < self.classes && narrow && self.packed.len() < 1 << 24 {
                let at = self.packed.len();
                self.packed.extend((lo..hi).map(|e| (entry(e) as Entry).to_le_bytes()));
                slot::new(key, slot::SPARSE, (at as u32) << 8 | n as u32)
            } else {
                let at = self.dense.len();
                self.dense.resize(at + self.stride, 0);
                for e in lo..hi {
                    let c = usize::from(self.entry_class[e]);
                    if let Some(d) = self.dense.get_mut(at + c) {
                        *d = d.saturating_add(self.entry_weight[e]);
                    }
                }
                let wide = if narrow { 0 } else { slot::WIDE };
                slot::new(key, slot::DENSE, at as u32 | wide)
            };
            slots.push((n, key, value));
        }
        // Most entries first, keys ascending within a count (a counting sort: linear). A
        // feature has at most one entry per class.
        let top = self.classes;
        let rank = |n: usize| top - n.min(top);
        let mut start = vec![0usize; top + 2];
        for &(n, _, _) in &slots {
            start[rank(n) + 1] += 1;
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut order = vec![(0u32, slot::EMPTY); slots.len()];
        for &(n, key, value) in &slots {
            let at = &mut start[rank(n)];
            order[*at] = (key, value);
            *at += 1;
        }
        for (key, value) in order {
            let mut p = home(key) & mask;
            while self.table[p] != slot::EMPTY {
                p = (p + 1) & mask;
            }
            self.table[p] = value;
        }
    }

    /// The same model with its weights rounded to multiples of `step` (in the perceptron's
    /// units), those that round to 0 dropped: coarser weights are smaller varints, and a much
    /// smaller file once compressed.
    pub fn requantize(&self, step: f32) -> LinearModel {
        let ratio = self.scale / step;
        let features = (0..self.keys.len())
            .map(|i| {
                let (lo, hi) = (self.offsets[i] as usize, self.offsets[i + 1] as usize);
                let entries = (lo..hi)
                    .map(|e| {
                        let w = (f32::from(self.entry_weight[e]) * ratio).round();
                        (self.entry_class[e], w.clamp(-32767.0, 32767.0) as i16)
                    })
                    .filter(|&(_, w)| w != 0)
                    .collect::<Vec<_>>();
                (self.keys[i], entries)
            })
            .filter(|(_, entries)| !entries.is_empty())
            .collect();
        LinearModel::from_entries(self.classes, step, features)
    }

    /// The model in its file format (see the module docs).
    pub fn write(&self, w: &mut Writer) {
        w.bytes(MAGIC);
        w.u32(self.classes as u32);
        w.u32(self.keys.len() as u32);
        w.f32(self.scale);
        let mut prev = 0u32;
        let gaps: Vec<u64> = self
            .keys
            .iter()
            .map(|&k| {
                let gap = u64::from(k - prev);
                prev = k;
                gap
            })
            .collect();
        let k = bytes::rice_parameter(&gaps);
        w.u8(k as u8);
        w.rice(&gaps, k);
        let mut trees = EntryTrees::huffman(self);
        trees.write(w);
        let mut enc = Encoder::default();
        for pair in self.offsets.windows(2) {
            let (lo, hi) = (pair[0] as usize, pair[1] as usize);
            let n = hi - lo;
            enc.symbol(&mut trees.count, 0, n as u32);
            let mut prev = 0usize;
            for e in lo..hi {
                let class = usize::from(self.entry_class[e]);
                enc.symbol(&mut trees.class, prev, (class - prev) as u32);
                prev = class + 1;
                let ctx = weight_context(class, n);
                enc.symbol(&mut trees.weight, ctx, zigzag(self.entry_weight[e]));
            }
        }
        let coded = enc.finish();
        w.u32(coded.len() as u32);
        w.bytes(&coded);
    }

    /// Reads a model written by [`LinearModel::write`] (and, for `dateline-train convert`,
    /// one of the format before, `LIN2`).
    pub fn read(r: &mut Reader<'_>) -> Result<LinearModel, Error> {
        let magic = r.take(4)?;
        #[cfg(feature = "train")]
        let legacy = magic == LEGACY_MAGIC;
        #[cfg(not(feature = "train"))]
        let legacy = false;
        if magic != MAGIC && !legacy {
            return Err(Error::Model("a linear model does not start with LIN3".into()));
        }
        let classes = r.u32()? as usize;
        let n = r.u32()? as usize;
        let scale = r.f32()?;
        if classes > 256 || n > r.remaining().saturating_mul(8) {
            return Err(Error::Model(format!(
                "a linear model claims {classes} classes, {n} features"
            )));
        }
        let k = u32::from(r.u8()?);
        let mut keys = Vec::with_capacity(n);
        let mut prev = 0u64;
        for gap in r.rice(n, k)? {
            prev = prev.saturating_add(gap);
            keys.push(
                u32::try_from(prev).map_err(|_| Error::Model("feature key overflows".into()))?,
            );
        }
        let mut m = LinearModel { classes, scale, keys, ..Default::default() };
        #[cfg(feature = "train")]
        if legacy {
            m.read_legacy_entries(r)?;
            m.build_table();
            return Ok(m);
        }
        m.read_entries(r)?;
        m.build_table();
        Ok(m)
    }

    /// Reads the range-coded entries of [`LinearModel::write`] into `offsets`, `entry_class`
    /// and `entry_weight`, for `keys` already read.
    fn read_entries(&mut self, r: &mut Reader<'_>) -> Result<(), Error> {
        let classes = self.classes;
        let mut trees = EntryTrees::read(r, classes)?;
        let len = r.u32()? as usize;
        let mut dec = Decoder::new(r.take(len)?);
        self.offsets = Vec::with_capacity(self.keys.len() + 1);
        self.offsets.push(0);
        // (A feature has at most one weight per class, so the weights read are at most the
        // keys read, each at least a bit of the file, times the classes.)
        for _ in 0..self.keys.len() {
            let n = dec.symbol(&mut trees.count, 0) as usize;
            if n > classes {
                return Err(Error::Model("a linear model's feature has too many weights".into()));
            }
            let mut prev = 0usize;
            for _ in 0..n {
                let class = prev + dec.symbol(&mut trees.class, prev) as usize;
                if class >= classes {
                    return Err(Error::Model(format!("weight for class {class} of {classes}")));
                }
                prev = class + 1;
                let z = dec.symbol(&mut trees.weight, weight_context(class, n));
                let z = u16::try_from(z).map_err(|_| Error::Model("weight overflows".into()))?;
                self.entry_class.push(class as u8);
                self.entry_weight.push((z >> 1) as i16 ^ -((z & 1) as i16));
            }
            self.offsets.push(self.entry_class.len() as u32);
        }
        dec.finish()
    }

    /// Reads the entries of a `LIN2` model (varint counts, class bytes, zigzag varint
    /// weights), for converting the files written before `LIN3`.
    #[cfg(feature = "train")]
    fn read_legacy_entries(&mut self, r: &mut Reader<'_>) -> Result<(), Error> {
        let n = self.keys.len();
        let mut offsets = Vec::with_capacity(n + 1);
        offsets.push(0u32);
        let mut total = 0u64;
        for _ in 0..n {
            total += r.varint()?;
            if total > r.remaining() as u64 {
                return Err(Error::Model(
                    "a linear model claims more weights than it holds".into(),
                ));
            }
            offsets.push(total as u32);
        }
        let entry_class = r.take(total as usize)?.to_vec();
        if let Some(c) = entry_class.iter().find(|&&c| usize::from(c) >= self.classes) {
            return Err(Error::Model(format!("weight for class {c} of {}", self.classes)));
        }
        let mut entry_weight = Vec::with_capacity(total as usize);
        for _ in 0..total {
            let w = r.zigzag()?;
            entry_weight
                .push(i16::try_from(w).map_err(|_| Error::Model("weight overflows".into()))?);
        }
        (self.offsets, self.entry_class, self.entry_weight) = (offsets, entry_class, entry_weight);
        Ok(())
    }
}

/// The first bytes of a linear model in the format before 2026-12-04 (`LIN2`), which only
/// `dateline-train` still reads, to convert the files written so.
#[cfg(feature = "train")]
pub const LEGACY_MAGIC: &[u8; 4] = b"LIN2";

/// A weight, zigzagged: 0, −1, 1, −2 … as 0, 1, 2, 3 …
fn zigzag(w: i16) -> u32 {
    u32::from(((w << 1) ^ (w >> 15)) as u16)
}

/// The context of a weight: its class, and how many weights its feature has (one, two,
/// more: a feature with one weight is a strong, rare one).
fn weight_context(class: usize, n: usize) -> usize {
    class * 3 + n.clamp(1, 3) - 1
}

/// The alphabets of a model's entries, each coded in context: a feature's entry count; each
/// class as its distance from the one before it in the feature (plus one), in the context
/// of that one (the classes a feature's weights go to come in families: a relation's `LEFT`
/// and `RIGHT`, a tag's neighbours); each weight, zigzagged, in [`weight_context`].
struct EntryTrees {
    count: Symbols,
    class: Symbols,
    weight: Symbols,
}

impl EntryTrees {
    /// The alphabets of `m`'s entries, shaped by how often each number occurs.
    fn huffman(m: &LinearModel) -> EntryTrees {
        let mut counts = [BTreeMap::new(), BTreeMap::new(), BTreeMap::new()];
        for pair in m.offsets.windows(2) {
            let (lo, hi) = (pair[0] as usize, pair[1] as usize);
            *counts[0].entry((hi - lo) as u32).or_insert(0) += 1;
            let mut prev = 0u32;
            for e in lo..hi {
                let class = u32::from(m.entry_class[e]);
                *counts[1].entry(class - prev).or_insert(0) += 1;
                prev = class + 1;
                *counts[2].entry(zigzag(m.entry_weight[e])).or_insert(0) += 1;
            }
        }
        let [count, class, weight] = counts;
        EntryTrees {
            count: Symbols::huffman(&count, 1),
            class: Symbols::huffman(&class, m.classes + 1),
            weight: Symbols::huffman(&weight, m.classes * 3),
        }
    }

    fn write(&self, w: &mut Writer) {
        self.count.write(w);
        self.class.write(w);
        self.weight.write(w);
    }

    fn read(r: &mut Reader<'_>, classes: usize) -> Result<EntryTrees, Error> {
        Ok(EntryTrees {
            count: Symbols::read(r, 1)?,
            class: Symbols::read(r, classes + 1)?,
            weight: Symbols::read(r, classes * 3)?,
        })
    }
}
