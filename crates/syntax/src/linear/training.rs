//! The averaged perceptron that trains [`LinearModel`]s (feature `train`): lazy averaging,
//! then pruning and quantization to the sparse `i16` weights the scorer reads.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::LinearModel;
use crate::hash::{self, Identity};

#[derive(Clone, Copy)]
struct Slot {
    class: u16,
    weight: f32,
    /// Sum of the weight over every step up to `stamp`.
    total: f64,
    stamp: u64,
}

/// An averaged perceptron (Collins 2002; lazy averaging as in Daumé's notes): train with
/// [`Trainer::update`] after each prediction and [`Trainer::tick`] after each example,
/// then [`Trainer::finish`] to a quantized, pruned [`LinearModel`].
pub struct Trainer {
    classes: usize,
    weights: HashMap<u64, Vec<Slot>, BuildHasherDefault<Identity>>,
    step: u64,
}

impl Trainer {
    pub fn new(classes: usize) -> Trainer {
        Trainer { classes, weights: HashMap::default(), step: 1 }
    }

    /// How many classes it scores.
    pub fn classes(&self) -> usize {
        self.classes
    }

    /// Sets `scores` (one per class) to the current weights' scores of `features`.
    pub fn score(&self, features: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in features {
            if let Some(slots) = self.weights.get(f) {
                for s in slots {
                    scores[s.class as usize] += s.weight;
                }
            }
        }
    }

    /// Moves the weights towards `truth` and away from `guess` (nothing when equal).
    pub fn update(&mut self, features: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &f in features {
            self.nudge(f, truth, 1.0);
            self.nudge(f, guess, -1.0);
        }
    }

    /// Adds `delta` to one weight.
    pub fn nudge(&mut self, feature: u64, class: usize, delta: f32) {
        let step = self.step;
        let slots = self.weights.entry(feature).or_default();
        let slot = match slots.iter_mut().position(|s| s.class as usize == class) {
            Some(i) => &mut slots[i],
            None => {
                slots.push(Slot { class: class as u16, weight: 0.0, total: 0.0, stamp: step });
                slots.last_mut().expect("just pushed")
            }
        };
        slot.total += f64::from(slot.weight) * (step - slot.stamp) as f64;
        slot.stamp = step;
        slot.weight += delta;
    }

    /// One example done.
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// The averaged weights as a model: weights whose magnitude is under `min_weight`
    /// (in the perceptron's units) are pruned, the rest quantized to `i16`.
    pub fn finish(&self, min_weight: f32) -> LinearModel {
        let step = self.step;
        let mut max = 0f32;
        let mut averaged: Vec<(u32, Vec<(u8, f32)>)> = Vec::with_capacity(self.weights.len());
        for (&f, slots) in &self.weights {
            let mut kept = Vec::new();
            for s in slots {
                let total = s.total + f64::from(s.weight) * (step - s.stamp) as f64;
                let avg = (total / step as f64) as f32;
                if avg.abs() >= min_weight && avg != 0.0 {
                    max = max.max(avg.abs());
                    kept.push((s.class as u8, avg));
                }
            }
            if !kept.is_empty() {
                averaged.push((hash::key(f), kept));
            }
        }
        // Features whose keys collide once truncated are merged by `from_entries`.
        let scale = if max > 0.0 { max / f32::from(i16::MAX) } else { 1.0 };
        let features = averaged
            .into_iter()
            .map(|(k, kept)| {
                let q = kept
                    .into_iter()
                    .map(|(c, w)| (c, (w / scale).round() as i16))
                    .filter(|&(_, w)| w != 0)
                    .collect();
                (k, q)
            })
            .collect();
        LinearModel::from_entries(self.classes, scale, features)
    }
}
