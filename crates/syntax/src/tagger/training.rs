//! Training the tagger: the tag dictionary from counts, then averaged-perceptron passes over
//! shuffled sentences, each scored on dev; the best pass is kept.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use super::{
    argmax, dynamic_features, right_features, static_features, Entry, Tagger, Word, DYNAMIC,
    FIXED_MIN, NTAGS, PAD, RIGHT, STATIC,
};
use crate::conllu::Sentence;
use crate::hash::Identity;
use crate::linear::{LinearModel, Trainer};
use crate::{Rng, TrainOptions};

type HashMapU64<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;
type HashSetU64 = HashSet<u64, BuildHasherDefault<Identity>>;

/// A form seen this often in train enters the tag dictionary (3 before the dictionary was
/// jackknifed: dev 95.15 with 2, 95.14 with 1 for a larger section, 94.99 with 3).
const DICT_MIN: u32 = 2;
/// Training sentences see the tag dictionary of train without their fold, one of this many
/// (dev UPOS +0.2; 5 folds: +0.1).
const DICTIONARY_FOLDS: usize = 10;
/// Features (static ones, and those of the gold previous tags) seen fewer times than this in
/// train are never learned: 2 halves the features for -0.0 to -0.05 dev UPOS at the same
/// pruning; 3 costs 0.05-0.1 more.
const MIN_COUNT: u32 = 2;
/// A tag counts in a form's ambiguity class when it has this share of its uses.
const CLASS_SHARE: f64 = 0.02;
/// A frequent form whose top tag has this share is fixed to it.
const FIXED_SHARE: f64 = 0.99;
/// Weights whose averaged magnitude is under this are pruned from the model.
pub const MIN_WEIGHT: f32 = 1.0;
/// The kept weights are rounded to multiples of this (see [`LinearModel::requantize`]).
pub const STEP: f32 = 0.5;
/// Passes at most, when the number is chosen on dev; and passes without a gain before giving up.
const MAX_ITERATIONS: usize = 15;
const PATIENCE: usize = 3;

fn gold(s: &Sentence) -> Vec<u8> {
    s.words.iter().map(|w| w.upos.map_or(NTAGS as u8 - 1, |u| u as u8)).collect()
}

/// The tag dictionary of `train`.
fn dictionary(train: &[Sentence]) -> Vec<(String, Entry)> {
    let mut counts: HashMap<&str, [u32; NTAGS]> = HashMap::new();
    for s in train {
        for (w, t) in s.words.iter().zip(gold(s)) {
            counts.entry(w.form.as_str()).or_insert([0; NTAGS])[usize::from(t)] += 1;
        }
    }
    let mut words: Vec<(String, Entry)> = counts
        .into_iter()
        .filter_map(|(form, c)| {
            let total: u32 = c.iter().sum();
            if total < DICT_MIN {
                return None;
            }
            let mut mask = 0u32;
            for (i, &n) in c.iter().enumerate() {
                if f64::from(n) >= CLASS_SHARE * f64::from(total) {
                    mask |= 1 << i;
                }
            }
            let top = argmax(&c);
            let fixed = if total >= FIXED_MIN && f64::from(c[top]) >= FIXED_SHARE * f64::from(total)
            {
                top as u8
            } else {
                NTAGS as u8
            };
            Some((form.to_string(), Entry { mask, fixed }))
        })
        .collect();
    words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    words
}

/// A sentence ready for training: its words' static features, its gold tags, its fixed tags.
struct Example {
    /// Word `i`'s static features are `feats[starts[i]..starts[i + 1]]` (rare ones cut).
    feats: Vec<u64>,
    starts: Vec<u32>,
    info: Vec<Word>,
    gold: Vec<u8>,
}

impl Tagger {
    /// Trains a tagger on `train`, reporting progress (e.g. accuracy on `dev` per iteration)
    /// through `log`. With `options.iterations` unset, passes continue while dev accuracy
    /// improves (at most [`MAX_ITERATIONS`]) and the best pass is kept.
    pub fn train(
        train: &[Sentence],
        dev: &[Sentence],
        options: &crate::TrainOptions,
        log: &mut dyn FnMut(&str),
    ) -> Tagger {
        train_with(train, dev, options, MIN_WEIGHT, FOLDS, log)
    }
}

/// Folds of train whose first-pass tags, each from a tagger that did not see it, train the
/// second pass (0: no second pass). Measured on EWT: a second pass (5 folds) adds about 0.1
/// dev UPOS (95.24, with the jackknifed dictionary) for 1.6 times the size and half the
/// speed. Off.
const FOLDS: usize = 0;
/// With a second pass, the first is pruned this many times harder (it only gives context).
const FIRST_PRUNING: f32 = 2.0;

/// [`Tagger::train`] with a pruning threshold and a number of folds for the second pass.
pub fn train_with(
    train: &[Sentence],
    dev: &[Sentence],
    options: &TrainOptions,
    min_weight: f32,
    folds: usize,
    log: &mut dyn FnMut(&str),
) -> Tagger {
    let words = dictionary(train);
    let fixed = words.iter().filter(|(_, e)| usize::from(e.fixed) < NTAGS).count();
    log(&format!("tag dictionary: {} forms, {fixed} fixed", words.len()));
    let empty = || LinearModel::empty(NTAGS);
    let shell = Tagger::new(words.clone(), empty(), empty());
    // Each sentence sees the tag dictionary of the other folds, as a new sentence sees one
    // learned without it: its rare words unknown or half known, as they will be met.
    let jk = DICTIONARY_FOLDS;
    let shells: Vec<Tagger> = (0..jk)
        .map(|k| {
            let rest: Vec<Sentence> = train
                .iter()
                .enumerate()
                .filter(|(i, _)| i % jk != k)
                .map(|(_, s)| s.clone())
                .collect();
            Tagger::new(dictionary(&rest), empty(), empty())
        })
        .collect();
    let mut examples: Vec<Example> = train
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let forms = s.forms();
            let info = shells.get(n % jk.max(1)).unwrap_or(&shell).sentence(&forms);
            let mut feats = Vec::with_capacity(forms.len() * STATIC);
            let mut starts = vec![0u32];
            for i in 0..forms.len() {
                static_features(&info, i, &mut feats);
                starts.push(feats.len() as u32);
            }
            Example { feats, starts, info, gold: gold(s) }
        })
        .collect();
    let rare = rare_features(&examples, MIN_COUNT);
    if !rare.is_empty() {
        for ex in &mut examples {
            let mut feats = Vec::with_capacity(ex.feats.len());
            let mut starts = vec![0u32];
            for w in ex.starts.windows(2) {
                feats.extend(
                    ex.feats[w[0] as usize..w[1] as usize].iter().filter(|f| !rare.contains(f)),
                );
                starts.push(feats.len() as u32);
            }
            ex.feats = feats;
            ex.starts = starts;
        }
    }
    log(&format!("{} rare features cut", rare.len()));
    log("first pass:");
    let min_first = if folds >= 2 { min_weight * FIRST_PRUNING } else { min_weight };
    let (first, iterations) =
        perceptron(&examples, &rare, None, dev, options, min_first, log, &|m| {
            Tagger::new(words.clone(), m, empty())
        });
    if folds < 2 {
        return Tagger::new(words, first, empty());
    }
    // The second pass learns from first-pass tags as good as those it will see: each fold's
    // from a first pass trained, as many passes, on the other folds.
    let mut right: Vec<Vec<u8>> = vec![Vec::new(); train.len()];
    let fold_options = TrainOptions { seed: options.seed, iterations: Some(iterations) };
    let (mut hits, mut all) = (0usize, 0usize);
    for k in 0..folds {
        let rest: Vec<Sentence> = train
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != k)
            .map(|(_, s)| s.clone())
            .collect();
        let tagger = train_with(&rest, &[], &fold_options, min_first, 0, &mut |_| {});
        for (i, s) in train.iter().enumerate().filter(|(i, _)| i % folds == k) {
            right[i] = tagger.tag(&s.forms()).into_iter().map(|t| t as u8).collect();
            hits += right[i].iter().zip(&examples[i].gold).filter(|(a, b)| a == b).count();
            all += right[i].len();
        }
    }
    log(&format!(
        "second pass (first-pass tags over {folds} folds: {:.2}):",
        100.0 * hits as f64 / all.max(1) as f64
    ));
    let (second, _) =
        perceptron(&examples, &rare, Some(&right), dev, options, min_weight, log, &|m| {
            Tagger::new(words.clone(), first.clone(), m)
        });
    Tagger::new(words, first, second)
}

/// Averaged-perceptron passes over `examples` (seeing the `right` tags of an earlier pass, if
/// given); each pass's model, made a tagger by `tagger`, is scored on dev, and the best kept.
#[allow(clippy::too_many_arguments)]
fn perceptron(
    examples: &[Example],
    rare: &HashSetU64,
    right: Option<&[Vec<u8>]>,
    dev: &[Sentence],
    options: &TrainOptions,
    min_weight: f32,
    log: &mut dyn FnMut(&str),
    tagger: &dyn Fn(LinearModel) -> Tagger,
) -> (LinearModel, usize) {
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng::new(options.seed);
    let mut trainer = Trainer::new(NTAGS);
    let mut feats: Vec<u64> = Vec::with_capacity(STATIC + DYNAMIC + RIGHT);
    let mut best: Option<(f64, usize, LinearModel)> = None;
    let max = options.iterations.unwrap_or(MAX_ITERATIONS);
    for it in 1..=max {
        rng.shuffle(&mut order);
        let (mut hits, mut all) = (0usize, 0usize);
        let mut tags: Vec<u8> = Vec::new();
        let mut scores = [0f32; NTAGS];
        for &k in &order {
            let ex = &examples[k];
            tags.clear();
            for (i, &truth) in ex.gold.iter().enumerate() {
                let fixed = ex.info[i + PAD].fixed;
                let guess = if usize::from(fixed) < NTAGS {
                    fixed
                } else {
                    feats.clear();
                    feats.extend_from_slice(
                        &ex.feats[ex.starts[i] as usize..ex.starts[i + 1] as usize],
                    );
                    let at = feats.len();
                    dynamic_features(&ex.info, i, &tags, &mut feats);
                    if let Some(right) = right {
                        right_features(&ex.info, i, &tags, &right[k], &mut feats);
                    }
                    if !rare.is_empty() {
                        let mut keep = at;
                        for j in at..feats.len() {
                            if !rare.contains(&feats[j]) {
                                feats[keep] = feats[j];
                                keep += 1;
                            }
                        }
                        feats.truncate(keep);
                    }
                    trainer.score(&feats, &mut scores);
                    let guess = argmax(&scores) as u8;
                    trainer.update(&feats, usize::from(truth), usize::from(guess));
                    trainer.tick();
                    guess
                };
                hits += usize::from(guess == truth);
                all += 1;
                tags.push(guess);
            }
        }
        let train_acc = 100.0 * hits as f64 / all.max(1) as f64;
        if options.iterations.is_some() && it < max {
            log(&format!("pass {it}: train {train_acc:.2}"));
            continue;
        }
        let model = trainer.finish(min_weight).requantize(STEP);
        let (features, weights) = model.size();
        let candidate = tagger(model);
        let acc = accuracy(&candidate, dev);
        log(&format!(
            "pass {it}: train {train_acc:.2}, dev {acc:.2} ({features} features, {weights} weights)"
        ));
        let model = if right.is_some() { candidate.second } else { candidate.model };
        if best.as_ref().is_none_or(|b| acc > b.0) {
            best = Some((acc, it, model));
        } else if best.as_ref().is_some_and(|b| it - b.1 >= PATIENCE) {
            break;
        }
    }
    let (acc, it, model) = best.expect("at least one pass");
    log(&format!("kept pass {it} (dev {acc:.2})"));
    (model, it)
}

/// The features (static, and tag features over gold tags) seen fewer than `min` times in
/// train.
fn rare_features(examples: &[Example], min: u32) -> HashSetU64 {
    let mut counts: HashMapU64<u32> = HashMapU64::default();
    if min <= 1 {
        return HashSetU64::default();
    }
    let mut feats = Vec::new();
    for ex in examples {
        for &f in &ex.feats {
            *counts.entry(f).or_default() += 1;
        }
        for i in 0..ex.gold.len() {
            feats.clear();
            dynamic_features(&ex.info, i, &ex.gold, &mut feats);
            for &f in &feats {
                *counts.entry(f).or_default() += 1;
            }
        }
    }
    counts.into_iter().filter(|&(_, n)| n < min).map(|(f, _)| f).collect()
}

/// UPOS accuracy (%) of `tagger` on `gold`.
pub fn accuracy(tagger: &Tagger, gold: &[Sentence]) -> f64 {
    let (mut right, mut all) = (0usize, 0usize);
    for s in gold {
        let tags = tagger.tag(&s.forms());
        for (w, t) in s.words.iter().zip(tags) {
            right += usize::from(w.upos == Some(t));
            all += 1;
        }
    }
    100.0 * right as f64 / all.max(1) as f64
}
