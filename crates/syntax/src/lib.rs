//! Dateline's syntax layer: part-of-speech tags, lemmas and dependency trees for English.
//!
//! Pure Rust with no dependencies, so it builds for the host and for `wasm32-unknown-unknown`.
//! The core (`dateline-core`) hands it a sentence's words (its own tokens) and reads back one
//! [`Analysis`]: a Universal POS tag, a lemma, a head and a universal dependency relation per
//! word. The model is trained on Universal Dependencies English EWT by `dateline-train` (the
//! crate `crates/train`, never shipped) and embedded in this crate ([`Model::embedded`]);
//! `model/README.md` records how it was made, its scores and its licence.
//!
//! Module map:
//! - [`tags`]: the label sets, [`Upos`] and [`Rel`].
//! - [`tree`]: reading a parse: subjects, objects, negation, modifiers, subtrees ([`Tree`]).
//! - [`tagger`]: the POS tagger (greedy, averaged perceptron).
//! - [`lemma`]: the lemmatizer (inflection rules and an exceptions table).
//! - [`parser`]: the dependency parser (greedy transitions, averaged perceptron).
//! - [`linear`]: the sparse, quantized linear models both use, and their perceptron trainer.
//! - [`hash`]: feature hashing.
//! - [`conllu`]: reading treebanks and writing parses in CoNLL-U.
//! - `bytes`: the model file's integer encodings.
//! - `range`: the model file's adaptive binary range coder (the linear models' entries).
//! - `eval` (feature `train`): UPOS accuracy, UAS and LAS against gold.
//!
//! Model file: `b"DLSYNTAX"`, a `u32` version, then sections in a fixed order, each a
//! length-prefixed string name and a `u32` byte length: `info` (the training record, UTF-8),
//! `tagger`, `lemma`, `parser` (each module documents its own section's layout).
//! Version 3 (since 4 December 2026) range-codes the linear models' entries (`linear`); version
//! 2 is read only by `dateline-train convert` (feature `train`).

// One `unsafe` call, in `linear` (running AVX2 code once the CPU is known to have it).
#![deny(unsafe_code)]

mod bytes;
pub mod conllu;
mod error;
#[cfg(feature = "train")]
pub mod eval;
pub mod hash;
pub mod lemma;
pub mod linear;
pub mod parser;
mod range;
pub mod tagger;
pub mod tags;
pub mod tree;

use std::sync::OnceLock;

pub use error::Error;
pub use lemma::Lemmatizer;
pub use parser::{Arcs, Parser};
pub use tagger::Tagger;
pub use tags::{Rel, Upos};
pub use tree::Tree;

pub use bytes::{Reader, Writer};

const MAGIC: &[u8; 8] = b"DLSYNTAX";
const VERSION: u32 = 3;
/// The version before the linear models' entries were range-coded (`LIN2`), which only
/// `dateline-train` (feature `train`) still reads, to convert such files.
#[cfg(feature = "train")]
const LEGACY_VERSION: u32 = 2;

/// The model trained on UD English EWT, as committed (`model/en_ewt.model`).
static EMBEDDED: &[u8] = include_bytes!("../model/en_ewt.model");

/// A tagger, a lemmatizer and a parser, trained together.
#[derive(Debug, Clone)]
pub struct Model {
    /// How the model was made (command, data, seed, scores), as the trainer recorded it.
    pub info: String,
    pub tagger: Tagger,
    pub lemmatizer: Lemmatizer,
    pub parser: Parser,
}

/// The tags and lemmas of one sentence's words, before parsing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tagging {
    pub upos: Vec<Upos>,
    pub lemmas: Vec<String>,
}

/// The syntax of one sentence: per word, its tag, lemma, head and relation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    pub upos: Vec<Upos>,
    pub lemmas: Vec<String>,
    /// 0-based index of each word's head; `None` for the sentence's root.
    pub heads: Vec<Option<usize>>,
    pub rels: Vec<Rel>,
}

impl Model {
    /// The embedded model, decoded on first use (a few milliseconds) and kept.
    pub fn embedded() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        // The embedded bytes are tested to load (`embedded_model_loads`); should they ever
        // not, an empty model keeps the pipeline running rather than panicking.
        MODEL.get_or_init(|| Model::from_bytes(EMBEDDED).unwrap_or_else(|_| Model::empty()))
    }

    /// A model that knows nothing: every word `X`, attached to the first.
    pub fn empty() -> Model {
        Model {
            info: String::new(),
            tagger: Tagger::empty(),
            lemmatizer: Lemmatizer::empty(),
            parser: Parser::empty(),
        }
    }

    /// Tags, lemmatizes and parses one sentence's words. Linear in the number of words; any
    /// input is fine (no words gives an empty analysis).
    pub fn analyze(&self, words: &[&str]) -> Analysis {
        self.parse_tagged(words, self.tag(words))
    }

    /// Tags and lemmatizes one sentence's words: the cheap first half of [`Model::analyze`]
    /// (the tagger reads about a million words a second, the parser a fifth of that).
    pub fn tag(&self, words: &[&str]) -> Tagging {
        let upos = self.tagger.tag(words);
        let lemmas = words.iter().zip(&upos).map(|(w, t)| self.lemmatizer.lemma(w, *t)).collect();
        Tagging { upos, lemmas }
    }

    /// Parses a sentence [`Model::tag`] read: the second half of [`Model::analyze`].
    pub fn parse_tagged(&self, words: &[&str], tagging: Tagging) -> Analysis {
        let Tagging { upos, lemmas } = tagging;
        let Arcs { heads, rels } = self.parser.parse(words, &upos);
        Analysis { upos, lemmas, heads, rels }
    }

    /// Reads a model file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, Error> {
        let mut r = Reader::new(bytes);
        if r.take(8)? != MAGIC {
            return Err(Error::Model("not a Dateline syntax model (bad magic)".into()));
        }
        let version = r.u32()?;
        #[cfg(feature = "train")]
        let version = if version == LEGACY_VERSION { VERSION } else { version };
        if version != VERSION {
            return Err(Error::Model(format!("model version {version}, expected {VERSION}")));
        }
        let mut section = |name: &str| -> Result<&[u8], Error> {
            let found = r.str()?;
            if found != name {
                return Err(Error::Model(format!("section {found:?} where {name:?} belongs")));
            }
            let len = r.u32()? as usize;
            r.take(len)
        };
        let info = std::str::from_utf8(section("info")?)
            .map_err(|_| Error::Model("the info section is not UTF-8".into()))?
            .to_string();
        let tagger = whole(section("tagger")?, Tagger::read)?;
        let lemmatizer = whole(section("lemma")?, Lemmatizer::read)?;
        let parser = whole(section("parser")?, Parser::read)?;
        Ok(Model { info, tagger, lemmatizer, parser })
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.bytes(MAGIC);
        w.u32(VERSION);
        let mut section = |name: &str, body: Vec<u8>| {
            w.str(name);
            w.u32(body.len() as u32);
            w.bytes(&body);
        };
        section("info", self.info.as_bytes().to_vec());
        section("tagger", written(|w| self.tagger.write(w)));
        section("lemma", written(|w| self.lemmatizer.write(w)));
        section("parser", written(|w| self.parser.write(w)));
        w.into_bytes()
    }
}

fn written(f: impl FnOnce(&mut Writer)) -> Vec<u8> {
    let mut w = Writer::default();
    f(&mut w);
    w.into_bytes()
}

/// Reads a section with `read`, which must use all of it.
fn whole<T>(
    bytes: &[u8],
    read: impl FnOnce(&mut Reader<'_>) -> Result<T, Error>,
) -> Result<T, Error> {
    let mut r = Reader::new(bytes);
    let value = read(&mut r)?;
    if r.remaining() != 0 {
        return Err(Error::Model(format!("{} bytes left over in a section", r.remaining())));
    }
    Ok(value)
}

/// Settings shared by the trainers.
#[cfg(feature = "train")]
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Seed of the example shuffles: the same seed and data give the same model.
    pub seed: u64,
    /// Training passes over the data (each trainer has its own default when `None`).
    pub iterations: Option<usize>,
}

/// A small, seeded pseudo-random generator (xorshift64*) for shuffling training examples.
#[cfg(feature = "train")]
#[derive(Debug, Clone)]
pub struct Rng(u64);

#[cfg(feature = "train")]
impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_loads() {
        Model::from_bytes(EMBEDDED).expect("the embedded model loads");
    }

    #[test]
    fn model_file_round_trips_and_rejects_garbage() {
        let bytes = Model::empty().to_bytes();
        assert!(Model::from_bytes(&bytes).is_ok());
        for cut in 0..bytes.len() {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        assert!(Model::from_bytes(b"not a model at all").is_err());
    }

    #[test]
    fn any_input_is_analyzed_without_panic() {
        let m = Model::embedded();
        for words in [vec![], vec![""], vec!["..."], vec!["서울", "에서"], vec!["a"; 10_000]] {
            let a = m.analyze(&words);
            assert_eq!(a.upos.len(), words.len());
            assert_eq!(a.heads.len(), words.len());
            assert!(a.heads.iter().all(|h| h.is_none_or(|h| h < words.len())));
        }
    }
}
