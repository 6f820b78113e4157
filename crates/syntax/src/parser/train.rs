//! Training the parser (feature `train`): an averaged perceptron following a dynamic oracle
//! with exploration (Goldberg & Nivre 2012, 2013) for the arc-hybrid system.
//!
//! Gold trees are first made projective by lifting (each non-projective arc's dependent moves
//! up to its grandparent, shortest arcs first, labels kept), so the oracle's costs are exact.
//! At each configuration the oracle gives every transition its cost: how many gold arcs it
//! makes unreachable (a labelled arc with the wrong label costs one more). The model's best
//! valid transition is updated against the best zero-cost one when it costs anything; from
//! the second pass on, the parser then follows its own prediction nine times out of ten (and
//! the oracle's choice otherwise), so it learns to act well after its own mistakes.
//!
//! Size: features met fewer than [`CUTOFF`] times along the oracle's paths never enter the
//! model; the averaged weights are pruned under [`MIN_WEIGHT`] and rounded to multiples of
//! [`STEP`]. On UD English EWT dev (predicted tags, 10 passes) that costs 0.1–0.3 UAS against
//! the unpruned model (7 MB) for a section of about 1.1 MB (0.8 MB gzipped); each pass
//! logs dev scores, and the end of training logs the trade-off at a few other settings.

use super::system::{decode, State, CLASSES};
use super::{best, run, Parser};
use crate::conllu::Sentence;
use crate::linear::{LinearModel, Trainer};
use crate::tags::Upos;
use crate::{Rng, TrainOptions};

/// Passes over the training data when the options do not say.
const DEFAULT_ITERATIONS: usize = 10;
/// Averaged weights under this magnitude are dropped from the model…
const MIN_WEIGHT: f32 = 2.25;
/// …and the others rounded to multiples of this (in the perceptron's units).
const STEP: f32 = 0.5;
/// Features seen fewer times than this on the oracle's paths through the training data are
/// left out of the model.
const CUTOFF: u32 = 3;
/// From this pass on (0-based), the parser follows its own predictions…
const EXPLORE_FROM: usize = 1;
/// …with this probability (in tenths).
const EXPLORE_TENTHS: u64 = 9;

/// A training sentence: its words, tags, and projectivized gold tree (heads with the root as
/// node `n`, relation indices).
struct Example<'a> {
    words: Vec<&'a str>,
    tags: &'a [Upos],
    head: Vec<usize>,
    rel: Vec<u8>,
}

/// The gold tree of `s` (root = `n`), if it is a tree with one root.
fn gold_tree(s: &Sentence) -> Option<(Vec<usize>, Vec<u8>)> {
    let n = s.words.len();
    let mut head = Vec::with_capacity(n);
    for w in &s.words {
        let h = w.head?;
        head.push(if h == 0 { n } else { h - 1 });
    }
    if head.iter().filter(|&&h| h == n).count() != 1 {
        return None;
    }
    for i in 0..n {
        let mut at = i;
        let mut steps = 0;
        while at != n {
            at = head[at];
            steps += 1;
            if steps > n || at == i {
                return None;
            }
        }
    }
    let rel = s.words.iter().map(|w| w.rel().index() as u8).collect();
    Some((head, rel))
}

/// Whether `anc` dominates `d` (or is it).
fn dominates(head: &[usize], anc: usize, mut d: usize) -> bool {
    let n = head.len();
    for _ in 0..=n {
        if d == anc {
            return true;
        }
        if d >= n {
            return false;
        }
        d = head[d];
    }
    false
}

/// Lifts non-projective arcs until the tree is projective (root = `head.len()`).
pub(super) fn projectivize(head: &mut [usize]) {
    let n = head.len();
    loop {
        let mut shortest: Option<(usize, usize)> = None;
        for d in 0..n {
            let h = head[d];
            if h >= n {
                continue;
            }
            let (lo, hi) = (d.min(h), d.max(h));
            let len = hi - lo;
            if shortest.is_some_and(|(_, l)| l <= len) {
                continue;
            }
            if (lo + 1..hi).any(|k| !dominates(head, h, k)) {
                shortest = Some((d, len));
            }
        }
        match shortest {
            Some((d, _)) => head[d] = head[head[d]],
            None => return,
        }
    }
}

/// The oracle: the cost of `SHIFT`, `LEFT` and `RIGHT` (unlabelled) and, for the arcs, the
/// gold label when the arc is gold.
pub(super) fn costs(state: &State, head: &[usize], rel: &[u8]) -> ([u32; 3], [Option<u8>; 2]) {
    let n = state.n;
    let b = state.b;
    let stack = &state.stack;
    let mut cost = [u32::MAX; 3];
    let mut label = [None; 2];
    if state.can_shift() {
        // b0 loses its dependents on the stack and a head below the stack's top.
        let below = &stack[..stack.len().saturating_sub(1)];
        let mut c = stack.iter().filter(|&&d| head[d as usize] == b).count() as u32;
        c += u32::from(below.iter().any(|&h| h as usize == head[b]));
        cost[0] = c;
    }
    if let Some(&s0) = stack.last() {
        let s0 = s0 as usize;
        // s0 loses its dependents still in the buffer either way.
        let deps = (b..n).filter(|&d| head[d] == s0).count() as u32;
        let s1 = (stack.len() >= 2).then(|| stack[stack.len() - 2] as usize);
        let g = head[s0];
        if state.can_left() {
            let lost = g != b && (Some(g) == s1 || (g > b && g <= n));
            cost[1] = deps + u32::from(lost);
            if g == b {
                label[0] = Some(rel[s0]);
            }
        }
        if state.can_right() {
            let lost = Some(g) != s1 && g >= b && g <= n;
            cost[2] = deps + u32::from(lost);
            if Some(g) == s1 {
                label[1] = Some(rel[s0]);
            }
        }
    }
    (cost, label)
}

impl Parser {
    /// Trains a parser on `train`, whose words carry the tags in `train_tags` (the tagger's
    /// own, jackknifed, so that training sees the tagger's mistakes), reporting progress on
    /// `dev` (tagged with `dev_tags`) through `log`.
    pub fn train(
        train: &[Sentence],
        train_tags: &[Vec<Upos>],
        dev: &[Sentence],
        dev_tags: &[Vec<Upos>],
        options: &TrainOptions,
        log: &mut dyn FnMut(&str),
    ) -> Parser {
        let settings = Settings { cutoff: CUTOFF, min_weight: MIN_WEIGHT, step: STEP };
        train_with(train, train_tags, dev, dev_tags, options, settings, log)
    }
}

/// The size knobs: frequency cut-off, pruning and rounding of the weights.
#[derive(Clone, Copy)]
struct Settings {
    cutoff: u32,
    min_weight: f32,
    step: f32,
}

fn train_with(
    train: &[Sentence],
    train_tags: &[Vec<Upos>],
    dev: &[Sentence],
    dev_tags: &[Vec<Upos>],
    options: &TrainOptions,
    settings: Settings,
    log: &mut dyn FnMut(&str),
) -> Parser {
    let mut examples = Vec::with_capacity(train.len());
    let mut lifted = 0;
    for (i, s) in train.iter().enumerate() {
        let Some((mut head, rel)) = gold_tree(s) else {
            continue;
        };
        let before = head.clone();
        projectivize(&mut head);
        lifted += usize::from(head != before);
        let tags = train_tags.get(i).map_or(&[][..], Vec::as_slice);
        examples.push(Example { words: s.forms(), tags, head, rel });
    }
    log(&format!(
        "{} training trees ({} skipped, {lifted} projectivized)",
        examples.len(),
        train.len() - examples.len()
    ));
    let iterations = options.iterations.unwrap_or(DEFAULT_ITERATIONS);
    let mut rng = Rng::new(options.seed ^ 0x7061_7273_6572);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut trainer = Trainer::new(CLASSES);
    let mut state = State::default();
    let mut features = Vec::with_capacity(128);
    let mut scores = [0f32; CLASSES];
    let gold_dev_tags: Vec<Vec<Upos>> =
        dev.iter().map(|s| s.words.iter().map(|w| w.upos.unwrap_or(Upos::X)).collect()).collect();
    let Settings { cutoff, min_weight, step } = settings;
    let counts = feature_counts(&examples, cutoff);
    log(&format!("{} features seen at least {cutoff} times on the oracle's paths", counts.len()));
    for it in 0..iterations {
        let started = std::time::Instant::now();
        rng.shuffle(&mut order);
        let (mut right, mut all) = (0usize, 0usize);
        for &i in &order {
            let ex = &examples[i];
            state.reset(&ex.words, ex.tags);
            while !state.is_terminal() {
                state.features(&mut features);
                if cutoff > 1 {
                    features.retain(|f| counts.contains(f));
                }
                trainer.score(&features, &mut scores);
                let ranges = state.valid_ranges();
                let guess = best(&scores, &ranges);
                let (cost, label) = costs(&state, &ex.head, &ex.rel);
                let min = *cost.iter().min().unwrap_or(&0);
                let correct = |c: usize| {
                    let (kind, r) = decode(c);
                    let k = usize::from(kind);
                    cost[k] == min && (k == 0 || label[k - 1].is_none_or(|l| usize::from(l) == r))
                };
                let mut truth = None;
                for &(lo, hi) in &ranges {
                    for c in lo..hi {
                        if correct(c) && truth.is_none_or(|t: usize| scores[c] > scores[t]) {
                            truth = Some(c);
                        }
                    }
                }
                let truth = truth.unwrap_or(guess);
                all += 1;
                if correct(guess) {
                    right += 1;
                } else {
                    trainer.update(&features, truth, guess);
                }
                trainer.tick();
                let explore = it >= EXPLORE_FROM && rng.next_u64() % 10 < EXPLORE_TENTHS;
                state.apply(if explore { guess } else { truth });
            }
        }
        let secs = started.elapsed().as_secs_f64();
        let model = trainer.finish(min_weight);
        let (uas, las) = attachment(&model, dev, dev_tags);
        let (guas, glas) = attachment(&model, dev, &gold_dev_tags);
        log(&format!(
            "pass {}: {:.2}% transitions right, {secs:.1} s; dev UAS {uas:.2} LAS {las:.2} \
             (gold tags: UAS {guas:.2} LAS {glas:.2}); {} features",
            it + 1,
            100.0 * right as f64 / all.max(1) as f64,
            model.size().0
        ));
    }
    // The size/accuracy trade-off, for the record.
    for (mw, st) in [(0.0f32, 0.0f32), (1.0, 0.5), (2.0, 1.0), (2.25, 1.0), (3.0, 1.0)] {
        let model = trainer.finish(mw);
        let model = if st > 0.0 { model.requantize(st) } else { model };
        let (uas, las) = attachment(&model, dev, dev_tags);
        let mut w = crate::Writer::default();
        model.write(&mut w);
        log(&format!(
            "min weight {mw}, step {st}: {:?} features/weights, {} bytes; \
             dev UAS {uas:.2} LAS {las:.2}",
            model.size(),
            w.into_bytes().len()
        ));
    }
    let model = trainer.finish(min_weight);
    Parser::new(if step > 0.0 { model.requantize(step) } else { model })
}

/// The features met at least `cutoff` times along the static oracle's paths.
fn feature_counts(examples: &[Example<'_>], cutoff: u32) -> std::collections::HashSet<u64> {
    let mut counts: std::collections::HashMap<u64, u32> = std::collections::HashMap::new();
    if cutoff <= 1 {
        return std::collections::HashSet::new();
    }
    let mut state = State::default();
    let mut features = Vec::with_capacity(128);
    for ex in examples {
        state.reset(&ex.words, ex.tags);
        while !state.is_terminal() {
            state.features(&mut features);
            for &f in &features {
                *counts.entry(f).or_default() += 1;
            }
            let (cost, label) = costs(&state, &ex.head, &ex.rel);
            let ranges = state.valid_ranges();
            let class = ranges
                .iter()
                .flat_map(|&(lo, hi)| lo..hi)
                .find(|&c| {
                    let (kind, r) = decode(c);
                    let k = usize::from(kind);
                    cost[k] == 0 && (k == 0 || label[k - 1].is_none_or(|l| usize::from(l) == r))
                })
                .or_else(|| ranges.iter().find(|r| r.1 > r.0).map(|r| r.0))
                .unwrap_or(0);
            state.apply(class);
        }
    }
    counts.into_iter().filter(|&(_, c)| c >= cutoff).map(|(f, _)| f).collect()
}

/// UAS and LAS (universal relations) of `model` on `gold`, tagged with `tags`.
fn attachment(model: &LinearModel, gold: &[Sentence], tags: &[Vec<Upos>]) -> (f64, f64) {
    let (mut words, mut uas, mut las) = (0usize, 0usize, 0usize);
    let mut state = State::default();
    let mut features = Vec::with_capacity(128);
    let mut kept = super::Kept::default();
    for (i, s) in gold.iter().enumerate() {
        state.reset(&s.forms(), tags.get(i).map_or(&[][..], Vec::as_slice));
        run(&mut state, &mut features, &mut kept, model, None);
        let a = super::arcs(&state);
        for (j, w) in s.words.iter().enumerate() {
            words += 1;
            let h = a.heads[j].map_or(0, |h| h + 1);
            if Some(h) == w.head {
                uas += 1;
                las += usize::from(a.rels[j].universal() == w.rel().universal());
            }
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / words.max(1) as f64;
    (pct(uas), pct(las))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tags::Rel;

    /// Follows the oracle's zero-cost transitions (labels included) from the start.
    fn oracle_parse(words: &[&str], head: &[usize], rel: &[u8]) -> State {
        let mut s = State::default();
        s.reset(words, &[]);
        while !s.is_terminal() {
            let (cost, label) = costs(&s, head, rel);
            let class = (0..CLASSES)
                .find(|&c| {
                    let (kind, r) = decode(c);
                    let k = usize::from(kind);
                    s.valid(c)
                        && cost[k] == 0
                        && (k == 0 || label[k - 1].is_none_or(|l| usize::from(l) == r))
                })
                .expect("a zero-cost transition");
            s.apply(class);
        }
        s
    }

    #[test]
    fn the_oracle_reproduces_every_small_projective_tree() {
        // Every head assignment of up to 5 words (root = n) that is a one-rooted tree.
        let mut checked = 0;
        for n in 1..=5usize {
            let total = (n + 1).pow(n as u32);
            for code in 0..total {
                let mut c = code;
                let head: Vec<usize> = (0..n)
                    .map(|_| {
                        let h = c % (n + 1);
                        c /= n + 1;
                        h
                    })
                    .collect();
                if (0..n).any(|i| head[i] == i)
                    || head.iter().filter(|&&h| h == n).count() != 1
                    || gold_is_cyclic(&head)
                {
                    continue;
                }
                let mut projective = head.clone();
                projectivize(&mut projective);
                if projective != head {
                    continue;
                }
                let mut rel: Vec<u8> = (0..n).map(|i| (i % 30 + 1) as u8).collect();
                rel[head.iter().position(|&h| h == n).unwrap()] = Rel::ROOT.index() as u8;
                let words: Vec<String> = (0..n).map(|i| format!("w{i}")).collect();
                let words: Vec<&str> = words.iter().map(String::as_str).collect();
                let s = oracle_parse(&words, &head, &rel);
                for d in 0..n {
                    assert_eq!(s.head[d] as usize, head[d], "head of {d} in {head:?}");
                    assert_eq!(s.rel[d], rel[d], "label of {d} in {head:?}");
                }
                checked += 1;
            }
        }
        // 1 + 2 + 7 + 30 + 143 projective one-rooted trees of 1 to 5 words.
        assert_eq!(checked, 1 + 2 + 7 + 30 + 143);
    }

    fn gold_is_cyclic(head: &[usize]) -> bool {
        let n = head.len();
        (0..n).any(|i| !dominates(head, n, i))
    }

    #[test]
    fn lifting_makes_trees_projective() {
        // 0 <- 2 (root), 1 -> 3, 3 -> 2: arc 3->1 crosses over 2's position? words: 0 1 2 3.
        // head: 0→2, 1→3, 2→root(4), 3→0: arc (0,3) spans 1 and 2; 2 is not under 0.
        let mut head = vec![2, 3, 4, 0];
        projectivize(&mut head);
        for d in 0..4 {
            let h = head[d];
            if h < 4 {
                let (lo, hi) = (d.min(h), d.max(h));
                assert!((lo + 1..hi).all(|k| dominates(&head, h, k)), "{head:?}");
            }
        }
        assert!((0..4).all(|i| dominates(&head, 4, i)));
    }

    /// A toy language: determiners attach to the next noun, nouns to the verb (subject before,
    /// object after), the verb is the root, the final full stop attaches to the verb.
    fn toy() -> Vec<Sentence> {
        let text = "\
1\tthe\t_\tDET\t_\t_\t2\tdet\t_\t_\n2\tdog\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_\n3\tsaw\t_\tVERB\t_\t_\t0\troot\t_\t_\n4\ta\t_\tDET\t_\t_\t5\tdet\t_\t_\n5\tcat\t_\tNOUN\t_\t_\t3\tobj\t_\t_\n6\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n\
1\ta\t_\tDET\t_\t_\t2\tdet\t_\t_\n2\tcat\t_\tNOUN\t_\t_\t3\tnsubj\t_\t_\n3\tchased\t_\tVERB\t_\t_\t0\troot\t_\t_\n4\tthe\t_\tDET\t_\t_\t5\tdet\t_\t_\n5\tbird\t_\tNOUN\t_\t_\t3\tobj\t_\t_\n6\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n\
1\tbirds\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tsing\t_\tVERB\t_\t_\t0\troot\t_\t_\n3\t.\t_\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
        crate::conllu::parse(text).unwrap()
    }

    #[test]
    fn learns_a_toy_grammar_and_round_trips() {
        let data = toy();
        let tags: Vec<Vec<Upos>> =
            data.iter().map(|s| s.words.iter().map(|w| w.upos.unwrap()).collect()).collect();
        let options = TrainOptions { seed: 3, iterations: Some(10) };
        let settings = Settings { cutoff: 1, min_weight: 0.0, step: 0.0 };
        let p = train_with(&data, &tags, &data, &tags, &options, settings, &mut |_| {});
        let mut w = crate::Writer::default();
        p.write(&mut w);
        let bytes = w.into_bytes();
        let back = Parser::read(&mut crate::Reader::new(&bytes)).unwrap();
        let again = train_with(&data, &tags, &data, &tags, &options, settings, &mut |_| {});
        let mut w2 = crate::Writer::default();
        again.write(&mut w2);
        assert_eq!(bytes, w2.into_bytes(), "same seed, same model");
        for (s, t) in data.iter().zip(&tags) {
            let a = back.parse(&s.forms(), t);
            for (j, w) in s.words.iter().enumerate() {
                assert_eq!(a.heads[j].map_or(0, |h| h + 1), w.head.unwrap(), "{:?}", s.forms());
                assert_eq!(a.rels[j], w.rel());
            }
        }
        // A new sentence of the same shape.
        let a = back.parse(
            &["the", "bird", "saw", "a", "dog", "."],
            &[Upos::Det, Upos::Noun, Upos::Verb, Upos::Det, Upos::Noun, Upos::Punct],
        );
        assert_eq!(a.heads, [Some(1), Some(2), None, Some(4), Some(2), Some(2)]);
        assert_eq!(a.rels[1], Rel::NSUBJ);
        assert_eq!(a.rels[4], Rel::OBJ);
    }
}
