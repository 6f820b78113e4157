//! Unit tests of the linear models: scoring, storage layouts, the file format and the AVX2 copy.

use super::*;
use crate::bytes::{Reader, Writer};

fn model() -> LinearModel {
    LinearModel::from_entries(
        3,
        0.5,
        vec![
            (hash::key(hash::f1(1, 7)), vec![(0, 10), (2, -4)]),
            (hash::key(hash::f1(2, 7)), vec![(1, 3)]),
        ],
    )
}

#[test]
fn scores_add_the_weights_of_known_features() {
    let m = model();
    let mut s = [0; 3];
    m.score(&[hash::f1(1, 7), hash::f1(2, 7), hash::f1(9, 9)], &mut s);
    assert_eq!(s, [10, 3, -4]);
}

#[test]
fn file_format_round_trips_and_rejects_garbage() {
    let m = model();
    let mut w = Writer::default();
    m.write(&mut w);
    let bytes = w.into_bytes();
    let back = LinearModel::read(&mut Reader::new(&bytes)).unwrap();
    let mut a = [0; 3];
    let mut b = [0; 3];
    m.score(&[hash::f1(1, 7), hash::f1(2, 7)], &mut a);
    back.score(&[hash::f1(1, 7), hash::f1(2, 7)], &mut b);
    assert_eq!(a, b);
    for cut in 0..bytes.len() {
        assert!(LinearModel::read(&mut Reader::new(&bytes[..cut])).is_err());
    }
    assert!(LinearModel::read(&mut Reader::new(b"LIN3\xff\xff\xff\xff")).is_err());
    #[cfg(not(feature = "train"))]
    assert!(LinearModel::read(&mut Reader::new(&[b"LIN2", &bytes[4..]].concat())).is_err());
    assert!(LinearModel::read(&mut Reader::new(b"LIN1\0\0\0\0")).is_err(), "the old format");
}

#[test]
fn every_layout_scores_like_the_entries_say() {
    // Features with 1, 2 (inline), 3, 5 (packed) and 30 (dense) entries over 40 classes.
    let features: Vec<(u32, Vec<(u8, i16)>)> = [1usize, 2, 3, 5, 30]
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let entries = (0..n).map(|c| (c as u8 + i as u8, (c as i16 - 7) * 3 + 1)).collect();
            (hash::key(hash::f1(5, i as u64)), entries)
        })
        .collect();
    // Weights beyond `i8` in a feature that would be inline and in one that would be packed.
    let mut features = features;
    features.push((hash::key(hash::f1(6, 0)), vec![(3, 300), (39, -2)]));
    features.push((hash::key(hash::f1(6, 1)), vec![(0, 5), (1, -129), (2, 7), (38, 127)]));
    let m = LinearModel::from_entries(40, 1.0, features.clone());
    let mut expected = vec![0i32; 40];
    let mut hashes = Vec::new();
    for (i, (_, entries)) in features.iter().enumerate() {
        hashes.push(if i < 5 { hash::f1(5, i as u64) } else { hash::f1(6, i as u64 - 5) });
        for &(c, w) in entries {
            expected[usize::from(c)] += i32::from(w);
        }
    }
    let mut got = vec![0i32; 40];
    m.score(&hashes, &mut got);
    assert_eq!(got, expected);
    // More features than one batch looks up.
    let many: Vec<u64> = hashes.iter().copied().cycle().take(hashes.len() * 40).collect();
    let mut got = vec![0i32; 40];
    m.score(&many, &mut got);
    assert_eq!(got, expected.iter().map(|x| x * 40).collect::<Vec<_>>());
}

#[test]
fn sums_of_extreme_weights_are_exact() {
    // 200 features (more than four batches), each with the extreme `i8` weights on two
    // classes, every other one with a dense row: the signs, and each batch's 16-bit sums
    // carried into the `i32` scores.
    let features: Vec<(u32, Vec<(u8, i16)>)> = (0..200u64)
        .map(|i| {
            let mut entries = vec![(0, 127), (1, -128)];
            if i % 2 == 0 {
                entries.extend((2..30).map(|c| (c, -128)));
            }
            (hash::key(hash::f1(7, i)), entries)
        })
        .collect();
    let m = LinearModel::from_entries(40, 1.0, features);
    let hashes: Vec<u64> = (0..200).map(|i| hash::f1(7, i)).collect();
    let mut got = vec![0i32; 40];
    m.score(&hashes, &mut got);
    assert_eq!(&got[..3], &[200 * 127, 200 * -128, 100 * -128]);
    assert_eq!(got[39], 0);
}

#[cfg(target_arch = "x86_64")]
#[test]
fn the_avx2_copy_sums_what_the_portable_code_does() {
    // Every layout over 105 classes (the parser's; 112 lanes), extreme and wide weights
    // included, in batches of 0 to 45 features: both copies of `add_all` give the same
    // scores.
    if !std::arch::is_x86_feature_detected!("avx2") {
        return;
    }
    let features: Vec<(u32, Vec<(u8, i16)>)> = (0..40u64)
        .map(|i| {
            let n = [1, 2, 5, 20, 60, 105][i as usize % 6];
            let w = |c: usize| [127, -128, 3, -7, 1000][(c + i as usize) % 5];
            let entries =
                (0..n).map(|c| (c as u8, w(c).min(127 + 1000 * (i % 5 == 0) as i16))).collect();
            (hash::key(hash::f1(9, i)), entries)
        })
        .collect();
    let mut m = LinearModel::from_entries(105, 1.0, features);
    assert!(m.avx2);
    let hashes: Vec<u64> = (0..45).map(|i| hash::f1(9, i * 7 % 45)).collect();
    for n in 0..=hashes.len() {
        m.avx2 = true;
        let mut wide = vec![0i32; 105];
        m.score(&hashes[..n], &mut wide);
        m.avx2 = false;
        let mut narrow = vec![0i32; 105];
        m.score(&hashes[..n], &mut narrow);
        assert_eq!(wide, narrow, "{n} features");
    }
}

#[test]
fn working_memory_kept_between_calls_changes_no_score() {
    // Inline, packed, dense and wide features over 40 classes, and one whose class is
    // beyond the model's (dropped): scored in turn with one `Scratch`, each call must give
    // what a fresh one gives.
    let mut features: Vec<(u32, Vec<(u8, i16)>)> = [1usize, 3, 12, 30]
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let entries = (0..n).map(|c| (c as u8, (c as i16 % 5 - 2) * 40 + 1)).collect();
            (hash::key(hash::f1(8, i as u64)), entries)
        })
        .collect();
    features.push((hash::key(hash::f1(8, 4)), vec![(2, 1000), (39, -3)]));
    features.push((hash::key(hash::f1(8, 5)), vec![(1, 2), (45, 9)]));
    let m = LinearModel::from_entries(40, 1.0, features);
    let sets: Vec<Vec<u64>> = (0..6u64)
        .map(|i| (0..=i).map(|j| hash::f1(8, (i + j) % 6)).collect())
        .chain([(0..100).map(|i| hash::f1(8, i % 7)).collect(), vec![]])
        .collect();
    let mut scratch = Scratch::default();
    for set in sets.iter().chain(sets.iter().rev()) {
        let (mut fresh, mut kept) = (vec![0i32; 40], vec![0i32; 40]);
        m.score(set, &mut fresh);
        m.score_with(&mut scratch, set, &mut kept);
        assert_eq!(kept, fresh);
    }
    assert!(scratch.acc.iter().all(|&a| a == 0), "the sums are cleared after use");
}

#[test]
fn an_empty_model_scores_nothing() {
    let mut s = [0; 2];
    LinearModel::empty(2).score(&[1, 2, 3], &mut s);
    assert_eq!(s, [0, 0]);
}

#[cfg(feature = "train")]
#[test]
fn the_perceptron_learns_a_separable_problem() {
    let mut t = Trainer::new(2);
    let data = [(vec![hash::f1(1, 1)], 0usize), (vec![hash::f1(1, 2)], 1usize)];
    for _ in 0..5 {
        for (f, y) in &data {
            let mut s = [0.0; 2];
            t.score(f, &mut s);
            let guess = if s[1] > s[0] { 1 } else { 0 };
            t.update(f, *y, guess);
            t.tick();
        }
    }
    let m = t.finish(0.0);
    for (f, y) in &data {
        let mut s = [0; 2];
        m.score(f, &mut s);
        assert_eq!(if s[1] > s[0] { 1 } else { 0 }, *y);
    }
}

/// `m`'s entries, as the file stores them.
fn entries(m: &LinearModel) -> (Vec<u32>, Vec<u32>, Vec<u8>, Vec<i16>) {
    (m.keys.clone(), m.offsets.clone(), m.entry_class.clone(), m.entry_weight.clone())
}

#[test]
fn range_coded_entries_round_trip_exactly() {
    // Small weights, weights beyond i8, the extremes of i16; one, two and every class.
    let features = vec![
        (5, vec![(0, 1), (2, -1)]),
        (9, vec![(1, i16::MAX), (2, -i16::MAX)]),
        (1 << 29, (0..3).map(|c| (c, 300 - i16::from(c) * 7)).collect()),
        (77, vec![(2, -128)]),
        (78, vec![(0, 127)]),
    ];
    let m = LinearModel::from_entries(3, 0.5, features);
    let mut w = Writer::default();
    m.write(&mut w);
    let bytes = w.into_bytes();
    let back = LinearModel::read(&mut Reader::new(&bytes)).unwrap();
    assert_eq!(entries(&back), entries(&m));
    assert_eq!(back.scale(), 0.5);
    // No features at all.
    let mut w = Writer::default();
    LinearModel::from_entries(4, 1.0, Vec::new()).write(&mut w);
    let empty = LinearModel::read(&mut Reader::new(&w.into_bytes())).unwrap();
    assert_eq!((empty.classes(), empty.size()), (4, (0, 0)));
}

/// A model in the format before `LIN3`, which `dateline-train convert` reads.
#[cfg(feature = "train")]
#[test]
fn the_format_before_reads_for_conversion() {
    let mut w = Writer::default();
    w.bytes(b"LIN2");
    w.u32(3);
    w.u32(2);
    w.f32(0.5);
    w.u8(4);
    w.rice(&[5, 11], 4);
    w.varint(2);
    w.varint(1);
    w.bytes(&[0, 2, 1]);
    for wt in [3, -200, 9] {
        w.zigzag(wt);
    }
    let bytes = w.into_bytes();
    let m = LinearModel::read(&mut Reader::new(&bytes)).unwrap();
    assert_eq!(entries(&m), (vec![5, 16], vec![0, 2, 3], vec![0, 2, 1], vec![3, -200, 9]));
}

#[test]
fn entries_that_code_to_nothing_still_read() {
    // Every feature the same one weight: one-symbol alphabets, no coded bits at all.
    let features = (0..5000).map(|k| (k * 3, vec![(1, 2)])).collect();
    let m = LinearModel::from_entries(2, 1.0, features);
    let mut w = Writer::default();
    m.write(&mut w);
    let back = LinearModel::read(&mut Reader::new(&w.into_bytes())).unwrap();
    assert_eq!(entries(&back), entries(&m));
}
