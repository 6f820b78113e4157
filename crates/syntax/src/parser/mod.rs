//! The dependency parser: a head and a relation for every word of a tagged sentence.
//!
//! A greedy transition-based parser: the arc-hybrid system with the root at the end of the
//! buffer ([`system`]), a labelled transition chosen at each step by a sparse linear model
//! (an averaged perceptron, [`crate::linear`]) over rich features of the configuration (words
//! and tags of the stack's and buffer's first positions, leftmost and rightmost children and
//! their labels, distance, valency, label sets; after Zhang & Nivre 2011). Each configuration's
//! features cost the same whatever the sentence length, so parsing is linear: `2n` transitions
//! for `n` words; a transition that is the only valid one is taken unscored, and the features
//! come in groups ([`features`]) whose scores are kept until what they look at changes: the
//! buffer's until a word is shifted or `b0` gets a child, a stack node's own as `s0` while it
//! is on the stack, its right children's and its own as `s1` until it gets a child; only the
//! features relating the stack's top to the buffer are scored at every transition. The
//! templates over tags and distance alone are not looked up but added from tables summed when
//! the model is read ([`tag_tables`]): on EWT test, 71 look-ups and 6.8 table rows per word
//! (126 look-ups without the groups, about 90 without the tables). Training (feature
//! `train`, [`Parser::train`]) follows a dynamic oracle with exploration (Goldberg & Nivre
//! 2013) on projectivized trees.
//!
//! Model-file section (`parser`): one linear model in [`LinearModel`]'s format, over
//! [`system::CLASSES`] classes (class 0 `SHIFT`, `1 + r` `LEFT(r)`, `1 + 52 + r` `RIGHT(r)`,
//! `r` a [`Rel`] index). A model with no features at all (whatever its class count) reads as
//! the empty parser.

mod features;
mod system;
mod tag_tables;
#[cfg(feature = "train")]
mod train;

use crate::bytes::{Reader, Writer};
use crate::linear::{LinearModel, Scratch, LANES};
use crate::tags::{Rel, Upos};
use crate::Error;

use system::{State, CLASSES};
use tag_tables::TagTables;

/// A trained parser.
#[derive(Debug, Clone)]
pub struct Parser {
    model: LinearModel,
    /// The model's tag-only features summed ahead ([`tag_tables`]), built when it is read.
    tags: Option<TagTables>,
}

/// A parse: for each word its head (0-based index, `None` for the root) and relation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Arcs {
    pub heads: Vec<Option<usize>>,
    pub rels: Vec<Rel>,
}

impl Parser {
    /// A parser that knows nothing (every score is zero; it still makes a tree).
    pub fn empty() -> Parser {
        Parser::new(LinearModel::empty(CLASSES))
    }

    /// A parser scoring with `model`.
    fn new(model: LinearModel) -> Parser {
        let tags = TagTables::build(&model);
        Parser { model, tags }
    }

    /// Parses a sentence; `tags` has one tag per word (missing tags count as unknown, extra
    /// ones are ignored). Always a tree: one root, every other word with a head, no cycle.
    pub fn parse(&self, words: &[&str], tags: &[Upos]) -> Arcs {
        let parse = |work: &mut Work| {
            let Work { state, features, kept } = work;
            state.reset(words, tags);
            let (model, tags) = (&self.model, self.tags.as_ref());
            model.with_avx2(
                #[cfg_attr(target_arch = "x86_64", inline(always))]
                || run(state, features, kept, model, tags),
            );
            let a = arcs(state);
            if words.len() > KEEP_WORDS {
                // Not kept for the next sentence: its memory goes (some 1.4 KB per word).
                *work = Work::default();
            }
            a
        };
        // This thread's working memory, or new memory if it is in use or gone.
        WORK.try_with(|w| w.try_borrow_mut().ok().map(|mut w| parse(&mut w)))
            .ok()
            .flatten()
            .unwrap_or_else(|| parse(&mut Work::default()))
    }

    pub fn write(&self, w: &mut Writer) {
        self.model.write(w);
    }

    pub fn read(r: &mut Reader<'_>) -> Result<Parser, Error> {
        let model = LinearModel::read(r)?;
        if model.size().0 == 0 {
            return Ok(Parser::empty());
        }
        if model.classes() != CLASSES {
            return Err(Error::Model(format!(
                "the parser's model has {} classes, expected {CLASSES}",
                model.classes()
            )));
        }
        Ok(Parser::new(model))
    }
}

/// A parse's working memory: the configuration, the features of a group, and the groups'
/// scores kept per node. [`Parser::parse`] keeps one per thread between sentences ([`WORK`]),
/// which saves allocating, growing and freeing some twenty arrays per sentence (on EWT test,
/// 6 % of the instructions of parsing, callgrind).
#[derive(Default)]
struct Work {
    state: State,
    features: Vec<u64>,
    kept: Kept,
}

/// The longest sentence whose working memory [`Parser::parse`] keeps for the next one.
const KEEP_WORDS: usize = 1000;

thread_local! {
    /// Each thread's [`Work`] for [`Parser::parse`].
    static WORK: std::cell::RefCell<Work> = std::cell::RefCell::new(Work::default());
}

/// Per node, its `s0`, `s0` right-children and `s1` groups' scores, while they hold (see
/// [`run`]).
#[derive(Default)]
pub(super) struct Kept {
    as_s0: Vec<Option<Scores>>,
    as_s0r: Vec<Option<Scores>>,
    as_s1: Vec<Option<Scores>>,
}

/// Scores of one feature group per class, padded to the model's stride (the padding stays 0):
/// the scorer's sums of a length known when compiling.
type Scores = [i32; STRIDE];

/// [`CLASSES`] rounded up to the scorer's lanes ([`LinearModel::stride`]).
const STRIDE: usize = CLASSES.next_multiple_of(LANES);

/// Parses greedily from `state` to the end with `model`. Each transition's scores are the sum
/// of five groups' (`features`): the buffer's, scored again when a word is shifted or `b0`
/// gets a child; the `s0` group, kept per node once scored; the `s0` right-children and `s1`
/// groups, kept per node until the node gets a child; and the others, scored at every
/// transition. (Looking up a transition's groups in one batch instead
/// was slower: the larger arrays to clear cost more than the overlap gained.) With `tags`, the
/// buffer's and the others' tag-only features are not looked up but added from its tables.
/// Inlined into [`LinearModel::with_avx2`]'s call, with the scoring it inlines: compiled for
/// AVX2 where the CPU has it.
#[cfg_attr(target_arch = "x86_64", inline(always))]
fn run(
    state: &mut State,
    features: &mut Vec<u64>,
    kept: &mut Kept,
    model: &LinearModel,
    tags: Option<&TagTables>,
) {
    let look_up_tags = tags.is_none();
    let nodes = state.n + 2;
    let Kept { as_s0, as_s0r, as_s1 } = kept;
    for v in [&mut *as_s0, &mut *as_s0r, &mut *as_s1] {
        v.clear();
        v.resize(nodes, None);
    }
    let mut buffer = [0i32; STRIDE];
    let mut scores = [0i32; STRIDE];
    let mut scored_b = usize::MAX;
    let mut scratch = Scratch::default();
    let group = |scratch: &mut Scratch,
                 features: &mut Vec<u64>,
                 write: &dyn Fn(&mut Vec<u64>),
                 rows: &[&[i16]],
                 out: &mut Scores| {
        features.clear();
        write(features);
        model.score_rows_in::<true>(scratch, features, rows, out);
    };
    while !state.is_terminal() {
        let ranges = state.valid_ranges();
        let class = match forced(&ranges) {
            Some(only) => only,
            None => {
                if state.b != scored_b {
                    buffer.fill(0);
                    let write = |f: &mut Vec<u64>| state.buffer_features(f, look_up_tags);
                    let rows = tags.map(|t| {
                        [
                            t.buffer.row(state.buffer_tag_row()),
                            t.b0_left.row(state.b0_left_tag_row()),
                        ]
                    });
                    group(
                        &mut scratch,
                        features,
                        &write,
                        rows.as_ref().map_or(&[], |r| r),
                        &mut buffer,
                    );
                    scored_b = state.b;
                }
                let (s0, s1) = (state.s(0), state.s(1));
                // Scored in place the first time (no copy of the scores).
                let own0 = match &mut as_s0[s0] {
                    Some(kept) => kept,
                    free => {
                        let new = free.insert([0; STRIDE]);
                        group(&mut scratch, features, &|f| state.s0_features(s0, f), &[], new);
                        new
                    }
                };
                let right0 = match &mut as_s0r[s0] {
                    Some(kept) => kept,
                    free => {
                        let new = free.insert([0; STRIDE]);
                        let write = |f: &mut Vec<u64>| state.s0_right_features(s0, f, look_up_tags);
                        let row = tags.map(|t| t.s0_right.row(state.s0_right_tag_row(s0)));
                        group(&mut scratch, features, &write, row.as_slice(), new);
                        new
                    }
                };
                let own1 = match &mut as_s1[s1] {
                    Some(kept) => kept,
                    free => {
                        let new = free.insert([0; STRIDE]);
                        let write = |f: &mut Vec<u64>| state.s1_features(s1, f, look_up_tags);
                        let row = tags.map(|t| t.s1_right.row(state.s1_right_tag_row(s1)));
                        group(&mut scratch, features, &write, row.as_slice(), new);
                        new
                    }
                };
                let groups = buffer.iter().zip(&*own0).zip(&*right0).zip(&*own1);
                for (x, (((b, a0), r0), a1)) in scores.iter_mut().zip(groups) {
                    *x = b + a0 + r0 + a1;
                }
                features.clear();
                state.cross_features(features, look_up_tags);
                let row = tags.map(|t| t.cross.row(state.cross_tag_row()));
                model.score_rows_in::<true>(&mut scratch, features, row.as_slice(), &mut scores);
                best_int(&scores, &ranges)
            }
        };
        if let Some(head) = state.apply(class) {
            // (Its `s0` group holds: see the `features` module.)
            as_s0r[head] = None;
            as_s1[head] = None;
            if head == state.b {
                scored_b = usize::MAX;
            }
        }
    }
}

/// The one valid class, when there is only one (no need to score).
fn forced(ranges: &[(usize, usize); 3]) -> Option<usize> {
    let mut valid = ranges.iter().filter(|r| r.1 > r.0);
    match (valid.next(), valid.next()) {
        (Some(&(lo, hi)), None) if hi == lo + 1 => Some(lo),
        _ => None,
    }
}

/// The highest-scoring class within `ranges` (the first on ties), as [`best`] finds it, in two
/// passes that compile to vector code: the top score, then where it first is.
#[cfg_attr(target_arch = "x86_64", inline(always))]
fn best_int(scores: &[i32], ranges: &[(usize, usize); 3]) -> usize {
    let within = |&(lo, hi): &(usize, usize)| scores.get(lo..hi).unwrap_or(&[]);
    let top = ranges.iter().map(|r| within(r).iter().copied().fold(i32::MIN, i32::max)).max();
    for r in ranges {
        if let Some(at) = within(r).iter().position(|&s| Some(s) == top) {
            return r.0 + at;
        }
    }
    0
}

/// The highest-scoring class within `ranges` (the first on ties).
#[cfg(any(test, feature = "train"))]
fn best<S: Copy + PartialOrd>(scores: &[S], ranges: &[(usize, usize); 3]) -> usize {
    let mut best: Option<(usize, S)> = None;
    for &(lo, hi) in ranges {
        for (c, &s) in scores.iter().enumerate().take(hi).skip(lo) {
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((c, s));
            }
        }
    }
    best.map_or(0, |(c, _)| c)
}

fn arcs(state: &State) -> Arcs {
    let n = state.n;
    let heads = (0..n)
        .map(|i| {
            let h = state.head[i] as usize;
            (h < n).then_some(h)
        })
        .collect();
    let rels = (0..n)
        .map(|i| {
            if state.head[i] as usize >= n {
                Rel::ROOT
            } else {
                Rel::from_index(usize::from(state.rel[i])).unwrap_or(Rel::DEP)
            }
        })
        .collect();
    Arcs { heads, rels }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_tree(a: &Arcs, n: usize) -> bool {
        if a.heads.len() != n || a.rels.len() != n {
            return false;
        }
        let roots = a.heads.iter().filter(|h| h.is_none()).count();
        if roots != usize::from(n > 0) {
            return false;
        }
        (0..n).all(|i| {
            let mut at = i;
            for _ in 0..=n {
                match a.heads[at] {
                    None => return true,
                    Some(h) if h < n => at = h,
                    Some(_) => return false,
                }
            }
            false
        })
    }

    #[test]
    fn any_input_parses_to_a_tree_without_panic() {
        let p = Parser::empty();
        let long: Vec<&str> = ["the", "cat", "sat", ",", "on", "the", "mat", "."]
            .iter()
            .cycle()
            .take(10_000)
            .copied()
            .collect();
        let inputs: Vec<Vec<&str>> = vec![
            vec![],
            vec![""],
            vec!["..."],
            vec!["!", "?", ".", ","],
            vec!["서울", "에서"],
            long,
        ];
        for words in &inputs {
            for tags in [vec![], vec![Upos::Punct; words.len()], vec![Upos::Noun; words.len() + 3]]
            {
                let a = p.parse(words, &tags);
                assert!(is_tree(&a, words.len()), "{} words", words.len());
            }
        }
    }

    #[test]
    fn kept_working_memory_parses_as_new_memory_does() {
        let model = crate::Model::embedded();
        let short = ["The", "board", "approved", "the", "plan", "on", "Monday", "."];
        let long: Vec<&str> = short.iter().cycle().take(KEEP_WORDS + 8).copied().collect();
        let first = model.analyze(&short);
        for words in [&long[..], &short[..5], &long[..KEEP_WORDS], &short[..]] {
            model.analyze(words);
        }
        assert_eq!(model.analyze(&short), first);
        let fresh = std::thread::spawn(move || model.analyze(&short)).join().unwrap();
        assert_eq!(fresh, first);
    }

    #[test]
    fn the_fast_argmax_picks_what_the_plain_one_does() {
        // Scores with many ties (a few distinct values), over the valid ranges a parse meets.
        let mut x = 12345u64;
        let mut next = || {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 33) as i32
        };
        let ranges = [
            [(0, 1), (1, 53), (54, 105)],
            [(0, 0), (1, 2), (0, 0)],
            [(0, 1), (0, 0), (54, 105)],
            [(0, 0), (1, 53), (0, 0)],
            [(0, 0), (0, 0), (0, 0)],
        ];
        for round in 0..2000 {
            let scores: Vec<i32> =
                (0..CLASSES).map(|_| next() % 7 - 3 + (round % 3) * 1000).collect();
            for r in &ranges {
                assert_eq!(best_int(&scores, r), best(&scores, r), "{scores:?} {r:?}");
            }
        }
    }

    #[test]
    fn the_empty_parser_round_trips() {
        let mut w = Writer::default();
        Parser::empty().write(&mut w);
        let bytes = w.into_bytes();
        let back = Parser::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(back.parse(&["a", "b"], &[]), Parser::empty().parse(&["a", "b"], &[]));
        // The skeleton's stub (one class, no features) still reads.
        let mut w = Writer::default();
        LinearModel::empty(1).write(&mut w);
        assert!(Parser::read(&mut Reader::new(&w.into_bytes())).is_ok());
    }

    #[test]
    fn a_model_with_the_wrong_class_count_is_refused() {
        let m = LinearModel::from_entries(3, 1.0, vec![(1, vec![(0, 1)])]);
        let mut w = Writer::default();
        m.write(&mut w);
        assert!(Parser::read(&mut Reader::new(&w.into_bytes())).is_err());
    }
}
