//! Training the lemmatizer: the lexicon of train's lemmas, then the exceptions table (the
//! frequent forms whose rule-and-lexicon lemma is not train's usual one).

use std::collections::HashMap;

use super::{class, key, Exception, Lemmatizer};
use crate::conllu::Sentence;
use crate::tags::Upos;

/// A (key, tag) seen at least this often, wrong by the rules, becomes an exception (1: EWT
/// dev lemma +0.07 over 2, for 5 KB more gzipped).
const EXCEPTION_MIN: usize = 1;

impl Lemmatizer {
    /// Learns the lexicon and the exceptions table from `train`.
    pub fn train(train: &[Sentence], log: &mut dyn FnMut(&str)) -> Lemmatizer {
        let mut lexicon: HashMap<&str, u8> = HashMap::new();
        let mut seen: HashMap<(String, Upos), HashMap<&str, usize>> = HashMap::new();
        for s in train {
            for w in &s.words {
                let Some(upos) = w.upos else { continue };
                if w.lemma == "_" {
                    continue;
                }
                *lexicon.entry(w.lemma.as_str()).or_default() |= class(upos);
                let counts = seen.entry((key(&w.form, upos).into_owned(), upos)).or_default();
                *counts.entry(w.lemma.as_str()).or_default() += 1;
            }
        }
        let mut lexicon: Vec<(String, u8)> =
            lexicon.into_iter().filter(|(_, m)| *m != 0).map(|(l, m)| (l.to_string(), m)).collect();
        lexicon.sort_unstable();
        let rules = Lemmatizer::new(lexicon.clone(), Vec::new());
        let mut exceptions = Vec::new();
        let (mut wrong, mut all) = (0usize, 0usize);
        for ((k, upos), counts) in &seen {
            let total: usize = counts.values().sum();
            // The usual lemma; ties go to the smaller string, for a reproducible table.
            let (&usual, &n) =
                counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).expect("counted");
            let got = rules.by_rules(k, *upos);
            all += total;
            if got != usual {
                wrong += n;
                if total >= EXCEPTION_MIN {
                    exceptions.push(Exception {
                        key: k.clone(),
                        upos: *upos as u8,
                        lemma: usual.to_string(),
                    });
                }
            }
        }
        exceptions.sort_unstable();
        log(&format!(
            "lexicon {} lemmas; the rules miss the usual lemma of {:.2} % of train's words; \
             {} exceptions",
            lexicon.len(),
            100.0 * wrong as f64 / all.max(1) as f64,
            exceptions.len()
        ));
        Lemmatizer::new(lexicon, exceptions)
    }
}
