//! Training the tagger: the tag dictionary from counts, then averaged-perceptron passes over
//! shuffled sentences, each scored on dev; the best pass is kept.

use std::collections::HashMap;

use super::{
    argmax, dynamic_features, static_features, Entry, Tagger, Word, DYNAMIC, FIXED_MIN, NTAGS, PAD,
    STATIC,
};
use crate::conllu::Sentence;
use crate::linear::{LinearModel, Trainer};
use crate::{Rng, TrainOptions};

/// A form seen this often in train enters the tag dictionary.
const DICT_MIN: u32 = 3;
/// A tag counts in a form's ambiguity class when it has this share of its uses.
const CLASS_SHARE: f64 = 0.05;
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
    feats: Vec<u64>,
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
        let min =
            std::env::var("DL_TAG_MIN").ok().and_then(|v| v.parse().ok()).unwrap_or(MIN_WEIGHT);
        train_with(train, dev, options, min, log)
    }
}

/// [`Tagger::train`] with a pruning threshold.
pub fn train_with(
    train: &[Sentence],
    dev: &[Sentence],
    options: &TrainOptions,
    min_weight: f32,
    log: &mut dyn FnMut(&str),
) -> Tagger {
    let words = dictionary(train);
    let fixed = words.iter().filter(|(_, e)| usize::from(e.fixed) < NTAGS).count();
    log(&format!("tag dictionary: {} forms, {fixed} fixed", words.len()));
    let shell = Tagger::new(words.clone(), LinearModel::empty(NTAGS));
    let examples: Vec<Example> = train
        .iter()
        .map(|s| {
            let forms = s.forms();
            let info = shell.sentence(&forms);
            let mut feats = Vec::with_capacity(forms.len() * STATIC);
            for i in 0..forms.len() {
                static_features(&info, i, &mut feats);
            }
            Example { feats, info, gold: gold(s) }
        })
        .collect();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng::new(options.seed);
    let mut trainer = Trainer::new(NTAGS);
    let mut feats: Vec<u64> = Vec::with_capacity(STATIC + DYNAMIC);
    let mut best: Option<(f64, usize, LinearModel)> = None;
    let max = options.iterations.unwrap_or(MAX_ITERATIONS);
    for it in 1..=max {
        rng.shuffle(&mut order);
        let (mut right, mut all) = (0usize, 0usize);
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
                    feats.extend_from_slice(&ex.feats[i * STATIC..(i + 1) * STATIC]);
                    dynamic_features(&ex.info, i, &tags, &mut feats);
                    trainer.score(&feats, &mut scores);
                    let guess = argmax(&scores) as u8;
                    trainer.update(&feats, usize::from(truth), usize::from(guess));
                    trainer.tick();
                    guess
                };
                right += usize::from(guess == truth);
                all += 1;
                tags.push(guess);
            }
        }
        let last = it == max;
        if options.iterations.is_some() && !last {
            log(&format!("pass {it}: train {:.2}", 100.0 * right as f64 / all.max(1) as f64));
            continue;
        }
        let mut model = trainer.finish(min_weight);
        let step = std::env::var("DL_TAG_STEP").ok().and_then(|v| v.parse().ok()).unwrap_or(STEP);
        model = model.requantize(step);
        let (features, weights) = model.size();
        let tagger = Tagger::new(words.clone(), model);
        let acc = accuracy(&tagger, dev);
        log(&format!(
            "pass {it}: train {:.2}, dev {acc:.2} ({features} features, {weights} weights)",
            100.0 * right as f64 / all.max(1) as f64
        ));
        if best.as_ref().is_none_or(|b| acc > b.0) {
            best = Some((acc, it, tagger.model));
        } else if best.as_ref().is_some_and(|b| it - b.1 >= PATIENCE) {
            break;
        }
    }
    let (acc, it, model) = best.expect("at least one pass");
    log(&format!("kept pass {it} (dev {acc:.2})"));
    Tagger::new(words, model)
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
