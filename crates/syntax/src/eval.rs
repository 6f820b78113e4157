//! Scores against gold (feature `train`): UPOS accuracy, UAS and LAS over every word,
//! punctuation included, LAS on the universal part of the relation (as the CoNLL 2018 shared
//! task's scorer counts with gold tokenization).

use crate::conllu::Sentence;
use crate::Analysis;

/// Correct counts over `words`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    pub words: usize,
    pub upos: usize,
    pub lemma: usize,
    pub uas: usize,
    pub las: usize,
}

impl Scores {
    /// Adds one sentence's counts.
    pub fn add(&mut self, gold: &Sentence, got: &Analysis) {
        for (i, g) in gold.words.iter().enumerate() {
            self.words += 1;
            self.upos += usize::from(got.upos.get(i).copied() == g.upos);
            self.lemma +=
                usize::from(got.lemmas.get(i).map(String::as_str) == Some(g.lemma.as_str()));
            let head = got.heads.get(i).copied().flatten().map_or(0, |h| h + 1);
            if Some(head) == g.head {
                self.uas += 1;
                if got.rels.get(i).map(|r| r.universal()) == Some(g.rel().universal()) {
                    self.las += 1;
                }
            }
        }
    }

    fn pct(&self, n: usize) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            100.0 * n as f64 / self.words as f64
        }
    }

    pub fn upos_pct(&self) -> f64 {
        self.pct(self.upos)
    }
    pub fn lemma_pct(&self) -> f64 {
        self.pct(self.lemma)
    }
    pub fn uas_pct(&self) -> f64 {
        self.pct(self.uas)
    }
    pub fn las_pct(&self) -> f64 {
        self.pct(self.las)
    }
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "words {} UPOS {:.2} lemma {:.2} UAS {:.2} LAS {:.2}",
            self.words,
            self.upos_pct(),
            self.lemma_pct(),
            self.uas_pct(),
            self.las_pct()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu;
    use crate::tags::{Rel, Upos};

    #[test]
    fn counts_heads_and_universal_relations() {
        let gold = &conllu::parse(
            "1\tThey\tthey\tPRON\t_\t_\t2\tnsubj:pass\t_\t_\n2\twon\twin\tVERB\t_\t_\t0\troot\t_\t_\n",
        )
        .unwrap()[0];
        let got = Analysis {
            upos: vec![Upos::Pron, Upos::Noun],
            lemmas: vec!["they".into(), "won".into()],
            heads: vec![Some(1), Some(0)],
            rels: vec![Rel::NSUBJ, Rel::ROOT],
        };
        let mut s = Scores::default();
        s.add(gold, &got);
        assert_eq!(s, Scores { words: 2, upos: 1, lemma: 1, uas: 1, las: 1 });
    }
}
