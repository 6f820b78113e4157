//! Tables of the parser's tag-only features, summed ahead: the same scores in one row instead
//! of several look-ups.
//!
//! Some of the parser's templates look at nothing but tags and a distance, which take few
//! values (20 tag indices, [`DISTANCES`] distances). For five sets of them, every combination
//! of their values gets a row holding the sum of their weights per class when the model is
//! read, and parsing adds one row (in the scorer's 16-bit sums,
//! [`LinearModel::score_with_rows`]) where it looked up three to five features:
//! - the buffer's first three tags (`b0t`, `b1t`, `b2t`, `b0t b1t`, `b0t b1t b2t`);
//! - `b0`'s tag and its two leftmost children's (`l1t`, `l2t`, `b0t l1t l2t`);
//! - `s0`'s and `s1`'s tags and their two rightmost children's (`r1t`, `r2t`, `s0t r1t r2t`;
//!   `s1t`, `r1t`, `s1t r1t r2t`);
//! - `s0`'s and `b0`'s tags and their distance (`s0t b0t`, `s0t d`, `b0t d`, `s0t b0t d`).
//!
//! The scores, and so the parses, are exactly what the look-ups give; the model file and
//! training are unchanged (training sees every template). The rows take about 7.7 MB with the
//! committed model (8,000 rows of 112 `i16`s per three-tag table); should a sum leave
//! ±[`ROW_LIMIT`], the parser keeps looking all those templates up.

use super::features::{
    b0_left_tag_features, buffer_tag_features, cross_tag_features, s0_right_tag_features,
    s1_right_tag_features, DISTANCES,
};
use super::system::{tag_hash, CLASSES, TAG_INDICES};
use crate::linear::{LinearModel, Scratch, ROW_LIMIT};

/// One table: a row of class scores (the model's stride long) for each combination of three
/// small values.
#[derive(Debug, Clone)]
pub struct TagTable {
    dims: [usize; 3],
    stride: usize,
    rows: Vec<i16>,
}

/// The parser's tables (see the module's docs).
#[derive(Debug, Clone)]
pub struct TagTables {
    pub buffer: TagTable,
    pub b0_left: TagTable,
    pub s0_right: TagTable,
    pub s1_right: TagTable,
    pub cross: TagTable,
}

impl TagTables {
    /// The tables for `model`, or `None` when a sum leaves ±[`ROW_LIMIT`] or the model knows
    /// no feature (then there is nothing to save).
    pub fn build(model: &LinearModel) -> Option<TagTables> {
        if model.size().0 == 0 {
            return None;
        }
        /// A table over three tag indices, whose hashes `features` reads.
        fn over_tags<const N: usize>(
            model: &LinearModel,
            features: fn(u64, u64, u64) -> [u64; N],
        ) -> Option<TagTable> {
            TagTable::build(model, [TAG_INDICES; 3], |[a, b, c]| {
                features(tag_hash(a), tag_hash(b), tag_hash(c))
            })
        }
        let dims = [TAG_INDICES, TAG_INDICES, DISTANCES];
        Some(TagTables {
            buffer: over_tags(model, buffer_tag_features)?,
            b0_left: over_tags(model, b0_left_tag_features)?,
            s0_right: over_tags(model, s0_right_tag_features)?,
            s1_right: over_tags(model, s1_right_tag_features)?,
            cross: TagTable::build(model, dims, |[a, b, d]| {
                cross_tag_features(tag_hash(a), tag_hash(b), d as u64)
            })?,
        })
    }
}

impl TagTable {
    /// Sums, for every combination `[a, b, c]` under `dims`, the weights of the features
    /// `features` gives it.
    fn build<F: AsRef<[u64]>>(
        model: &LinearModel,
        dims: [usize; 3],
        features: impl Fn([usize; 3]) -> F,
    ) -> Option<TagTable> {
        let stride = model.stride();
        let mut rows = Vec::with_capacity(dims.iter().product::<usize>() * stride);
        let mut scratch = Scratch::default();
        let mut sums = [0i32; CLASSES];
        let limit = i32::from(ROW_LIMIT);
        for a in 0..dims[0] {
            for b in 0..dims[1] {
                for c in 0..dims[2] {
                    sums.fill(0);
                    model.score_with(&mut scratch, features([a, b, c]).as_ref(), &mut sums);
                    if sums.iter().any(|s| s.abs() > limit) {
                        return None;
                    }
                    let at = rows.len();
                    rows.extend(sums.iter().map(|&s| s as i16));
                    rows.resize(at + stride, 0);
                }
            }
        }
        Some(TagTable { dims, stride, rows })
    }

    /// The row of `[a, b, c]` (empty when a value is out of range).
    #[inline]
    pub fn row(&self, [a, b, c]: [usize; 3]) -> &[i16] {
        if a >= self.dims[0] || b >= self.dims[1] || c >= self.dims[2] {
            return &[];
        }
        let at = ((a * self.dims[1] + b) * self.dims[2] + c) * self.stride;
        self.rows.get(at..at + self.stride).unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::{f2, key};

    /// Scores `row` as the parser adds it.
    fn scores_of(m: &LinearModel, row: &[i16]) -> [i32; CLASSES] {
        let mut got = [0i32; CLASSES];
        m.score_with_rows(&mut Scratch::default(), &[], &[row], &mut got);
        got
    }

    #[test]
    fn a_row_is_the_sum_of_its_features_weights() {
        let (s0t, b0t) = (tag_hash(3), tag_hash(7));
        let [pair, _, _, triple] = cross_tag_features(s0t, b0t, 2);
        assert_eq!(pair, f2(26, s0t, b0t));
        let m = LinearModel::from_entries(
            CLASSES,
            1.0,
            vec![(key(pair), vec![(0, 5), (9, -3)]), (key(triple), vec![(9, 4), (104, 300)])],
        );
        let t = TagTables::build(&m).expect("sums fit");
        let mut want = [0i32; CLASSES];
        (want[0], want[9], want[104]) = (5, 1, 300);
        assert_eq!(scores_of(&m, t.cross.row([3, 7, 2])), want);
        // Another distance: the pair alone.
        (want[9], want[104]) = (-3, 0);
        assert_eq!(scores_of(&m, t.cross.row([3, 7, 3])), want);
        // Out of range: no row.
        assert!(t.buffer.row([TAG_INDICES, 0, 0]).is_empty());
        assert_eq!(t.s1_right.row([0, 0, 0]).len(), m.stride());
    }

    #[test]
    fn no_tables_when_a_sum_leaves_the_limit_or_the_model_is_empty() {
        let f = cross_tag_features(tag_hash(1), tag_hash(1), 0);
        let heavy = |k: u64| (key(k), vec![(1u8, 5_000i16)]);
        let m = LinearModel::from_entries(CLASSES, 1.0, vec![heavy(f[0]), heavy(f[3])]);
        assert!(TagTables::build(&m).is_none());
        assert!(TagTables::build(&LinearModel::empty(CLASSES)).is_none());
    }
}
