//! The syntax layer on a [`Doc`]: each sentence's tokens tagged, lemmatized and parsed.
//!
//! [`Doc::parse_syntax`] gives the doc the embedded model of `dateline-syntax` (trained on UD
//! English EWT; see `crates/syntax/model/README.md`); a sentence's tokens are handed to it the
//! first time anything asks about that sentence, and its [`Analysis`] is kept. Parsing on
//! demand means the pipeline pays for the sentences its extractors read, not for every
//! sentence of every article (tagging and parsing cost more than the rest of the pipeline). Extractors read it per token ([`Doc::upos`], [`Doc::lemma`],
//! [`Doc::head`], [`Doc::rel`]: token indices of the whole doc) or per sentence as a [`Tree`]
//! ([`Doc::tree`]: indices within the sentence, [`SentenceTree::token`] maps them back), whose
//! helpers answer the usual questions: subject, objects, agent, negation, modifiers.
//!
//! What the model reads is each token's text with curly quotes and apostrophes made straight
//! (news pages use them; the treebank mostly does not). Tokens outside every sentence (site
//! furniture, captions) get no syntax. Time is linear in the number of tokens.

use std::cell::OnceCell;
use std::ops::Range;

pub use dateline_syntax::{conllu, Analysis, Model, Rel, Tree, Upos};

use super::Doc;

/// The parse of one sentence of a doc.
#[derive(Debug, Clone)]
pub struct SentenceTree<'d> {
    /// The sentence's tokens in the doc.
    pub tokens: Range<usize>,
    /// The tree, over indices `0..tokens.len()`.
    pub tree: Tree<'d>,
}

impl SentenceTree<'_> {
    /// The doc's token index of the sentence's word `i`.
    pub fn token(&self, i: usize) -> usize {
        self.tokens.start + i
    }

    /// The sentence's word index of the doc's token `t`, if it is in this sentence.
    pub fn word(&self, t: usize) -> Option<usize> {
        self.tokens.contains(&t).then(|| t - self.tokens.start)
    }
}

/// The form the model reads: curly quotes and apostrophes made straight.
fn model_form(raw: &str) -> std::borrow::Cow<'_, str> {
    if raw.is_ascii() {
        return raw.into();
    }
    raw.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201f}' | '\u{2033}' => '"',
            c => c,
        })
        .collect::<String>()
        .into()
}

impl Doc<'_> {
    /// Gives the doc the embedded model: from now on every sentence is tagged, lemmatized and
    /// parsed the first time it is asked about (once).
    pub fn parse_syntax(&mut self) {
        self.parse_syntax_with(Model::embedded());
    }

    /// [`Doc::parse_syntax`] with a given model.
    pub fn parse_syntax_with(&mut self, model: &'static Model) {
        self.model = Some(model);
        if self.syntax.len() != self.sentences().len() {
            self.syntax = (0..self.sentences().len()).map(|_| OnceCell::new()).collect();
        }
    }

    /// Whether [`Doc::parse_syntax`] has run.
    pub fn has_syntax(&self) -> bool {
        self.model.is_some() || self.sentences().is_empty()
    }

    /// Sentence `s`'s analysis, parsed now if it was not yet (`None` past the last sentence
    /// or without a model).
    fn analysis(&self, s: usize) -> Option<&Analysis> {
        let model = self.model?;
        let cell = self.syntax.get(s)?;
        Some(cell.get_or_init(|| {
            let range = self.sentences()[s].clone();
            let forms: Vec<std::borrow::Cow<'_, str>> =
                range.map(|i| model_form(self.raw(i))).collect();
            let words: Vec<&str> = forms.iter().map(|f| f.as_ref()).collect();
            model.analyze(&words)
        }))
    }

    /// Token `i`'s sentence analysis, the sentence's first token, and `i`'s index within it,
    /// when the doc has syntax.
    fn locate(&self, i: usize) -> Option<(&Analysis, usize, usize)> {
        let s = self.sent_of(i)?;
        let analysis = self.analysis(s)?;
        let first = self.sentences()[s].start;
        Some((analysis, first, i - first))
    }

    /// Token `i`'s Universal POS tag (`None` outside sentences or before parsing).
    pub fn upos(&self, i: usize) -> Option<Upos> {
        self.locate(i).and_then(|(a, _, w)| a.upos.get(w).copied())
    }

    /// Token `i`'s lemma (`""` outside sentences or before parsing).
    pub fn lemma(&self, i: usize) -> &str {
        self.locate(i).and_then(|(a, _, w)| a.lemmas.get(w)).map_or("", String::as_str)
    }

    /// Token `i`'s head as a token index of the doc (`None` for a sentence's root, outside
    /// sentences, or before parsing).
    pub fn head(&self, i: usize) -> Option<usize> {
        let (a, first, w) = self.locate(i)?;
        a.heads.get(w).copied().flatten().map(|h| first + h)
    }

    /// Token `i`'s dependency relation to its head.
    pub fn rel(&self, i: usize) -> Option<Rel> {
        self.locate(i).and_then(|(a, _, w)| a.rels.get(w).copied())
    }

    /// Sentence `s`'s parse as a tree (`None` past the last sentence or before parsing).
    pub fn tree(&self, s: usize) -> Option<SentenceTree<'_>> {
        let analysis = self.analysis(s)?;
        let tokens = self.sentences().get(s)?.clone();
        Some(SentenceTree { tokens, tree: Tree::new(analysis) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    fn parsed(text: &str) -> Doc<'_> {
        let mut doc = Doc::new(text);
        doc.set_sentences(&[Span::new(0, text.len())]);
        doc.parse_syntax();
        doc
    }

    #[test]
    fn every_sentence_token_gets_a_tag_lemma_and_head_in_its_sentence() {
        let text = "Kim Jong Un met Moon Jae-in on Friday.";
        let doc = parsed(text);
        assert!(doc.has_syntax());
        let sent = doc.sentences()[0].clone();
        let mut roots = 0;
        for i in sent.clone() {
            assert!(doc.upos(i).is_some(), "token {i} has a tag");
            match doc.head(i) {
                Some(h) => assert!(sent.contains(&h) && h != i),
                None => roots += 1,
            }
        }
        assert!(roots >= 1);
        let tree = doc.tree(0).unwrap();
        assert_eq!(tree.tree.len(), sent.len());
        assert_eq!(tree.word(tree.token(2)), Some(2));
        assert!(doc.tree(1).is_none());
    }

    #[test]
    fn a_plain_news_sentence_reads_as_subject_verb_object_and_date() {
        // The same check runs in the browser (`tests/wasm.rs`): one model, one reading.
        let doc = parsed("The court rejected the appeal on Thursday.");
        let tree = doc.tree(0).unwrap();
        let t = &tree.tree;
        assert_eq!(t.roots().collect::<Vec<_>>(), [2]);
        assert_eq!((t.upos(2), t.lemma(2)), (Upos::Verb, "reject"));
        assert_eq!(t.subject(2), Some(1));
        assert_eq!(t.objects(2).collect::<Vec<_>>(), [4]);
        assert_eq!(t.modifiers(2).collect::<Vec<_>>(), [6]);
        assert_eq!(doc.head(6), Some(2));
        assert_eq!(doc.rel(6), Some(Rel::OBL));
        assert!(!t.is_negated(2) && !t.is_passive(2));
    }

    #[test]
    fn the_model_reads_straight_apostrophes() {
        assert_eq!(model_form("n\u{2019}t"), "n't");
        assert_eq!(model_form("\u{201c}"), "\"");
        assert_eq!(model_form("Jae"), "Jae");
    }

    #[test]
    fn tokens_outside_sentences_and_docs_without_syntax_answer_none() {
        let text = "Kim left. Moon stayed.";
        let mut doc = Doc::new(text);
        doc.set_sentences(&[Span::new(10, text.len())]);
        assert!(doc.upos(3).is_none());
        doc.parse_syntax();
        assert!(doc.upos(0).is_none(), "outside every sentence");
        assert!(doc.upos(3).is_some());
        assert_eq!(doc.lemma(0), "");
        assert!(doc.rel(99).is_none());
        let mut empty = Doc::new("");
        empty.parse_syntax();
        assert!(empty.has_syntax() && empty.tree(0).is_none());
    }

    #[test]
    fn sentences_parse_on_first_use_and_again_after_new_sentences() {
        let text = "Kim left. Moon stayed.";
        let mut doc = Doc::new(text);
        doc.set_sentences(&[Span::new(0, 9)]);
        doc.parse_syntax();
        assert!(doc.syntax.iter().all(|cell| cell.get().is_none()), "nothing parsed yet");
        assert!(doc.tree(0).is_some());
        assert!(doc.syntax[0].get().is_some(), "parsed once asked, and kept");
        doc.set_sentences(&[Span::new(0, 9), Span::new(10, text.len())]);
        assert!(doc.has_syntax());
        assert_eq!(doc.tree(1).map(|t| t.tree.len()), Some(3));
        // Token 3 is "Moon", the second sentence's first word, a dependent of "stayed".
        assert_eq!(doc.head(3), Some(4));
        assert_eq!(doc.tree(1).and_then(|t| t.tree.head(0)), Some(1));
    }

    #[test]
    fn a_long_run_of_punctuation_or_other_scripts_parses() {
        let long = "! ".repeat(5_000);
        let doc = parsed(&long);
        assert_eq!(doc.tree(0).unwrap().tree.len(), 5_000);
        let doc = parsed("문재인 대통령은 2019년 6월 서울에서");
        assert!(doc.upos(0).is_some());
    }
}
