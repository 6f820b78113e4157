//! The lemmatizer: the dictionary form of an English word, given its POS tag.
//!
//! (Being written: inflection rules plus an exceptions table.)

use crate::bytes::{Reader, Writer};
use crate::tags::Upos;
use crate::Error;

/// A trained lemmatizer.
#[derive(Debug, Clone, Default)]
pub struct Lemmatizer {}

impl Lemmatizer {
    /// A lemmatizer with no exceptions table.
    pub fn empty() -> Lemmatizer {
        Lemmatizer {}
    }

    /// The lemma of `form` used as `upos`.
    pub fn lemma(&self, form: &str, upos: Upos) -> String {
        let _ = upos;
        form.to_lowercase()
    }

    pub fn write(&self, w: &mut Writer) {
        let _ = w;
    }

    pub fn read(r: &mut Reader<'_>) -> Result<Lemmatizer, Error> {
        let _ = r;
        Ok(Lemmatizer {})
    }
}

#[cfg(feature = "train")]
impl Lemmatizer {
    /// Learns the exceptions table from `train`.
    pub fn train(train: &[crate::conllu::Sentence], log: &mut dyn FnMut(&str)) -> Lemmatizer {
        let _ = (train, log);
        Lemmatizer::empty()
    }
}
