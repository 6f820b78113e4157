//! The syntax layer on a [`Doc`]: each sentence's tokens tagged, lemmatized and parsed.
//!
//! [`Doc::parse_syntax`] gives the doc the embedded model of `dateline-syntax` (trained on UD
//! English EWT; see `crates/syntax/model/README.md`); a sentence's tokens are handed to it the
//! first time anything asks about that sentence, and what it says is kept. Analysing on demand
//! means the pipeline pays for the sentences its extractors read, not for every sentence of
//! every article, and in two steps, since parsing costs five times what tagging does: a
//! question about tags or lemmas ([`Doc::upos`], [`Doc::lemma`]) only tags the sentence
//! ([`Model::tag`]); one about the tree ([`Doc::head`], [`Doc::rel`], [`Doc::tree`]) parses it
//! too ([`Model::parse_tagged`]). Extractors that look for a word in the tree check its tag and
//! lemma first (the quote reader's verbs of saying), so most sentences are never parsed.
//! Extractors read the syntax per token (token indices of the whole doc) or per sentence as a
//! [`Tree`] ([`Doc::tree`]: indices within the sentence, [`SentenceTree::token`] maps them
//! back), whose helpers answer the usual questions: subject, objects, agent, negation,
//! modifiers.
//!
//! What the model reads is each token's text with curly quotes and apostrophes made straight
//! (news pages use them; the treebank mostly does not), and a typewritten double quote (`` or
//! '') as `"`. Tokens outside every sentence (site furniture, captions) get no syntax. Time is
//! linear in the number of tokens.

use std::cell::OnceCell;
use std::ops::Range;

pub use dateline_syntax::{conllu, Analysis, Model, Rel, Tagging, Tree, Upos};

/// One sentence's syntax as far as it has been asked for: its tags and lemmas, then its parse
/// (which holds them too).
#[derive(Debug, Clone, Default)]
pub(super) struct SentenceSyntax {
    tagging: OnceCell<Tagging>,
    analysis: OnceCell<Analysis>,
}

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

/// The form the model reads: curly quotes and apostrophes made straight, a typewritten double
/// quote made `"`.
fn model_form(raw: &str) -> std::borrow::Cow<'_, str> {
    // A typewritten double quote (``, '') is the treebank's usual one.
    if raw == "``" || raw == "''" {
        return "\"".into();
    }
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
            self.syntax = (0..self.sentences().len()).map(|_| SentenceSyntax::default()).collect();
        }
    }

    /// The model the doc's syntax comes from (`None` before [`Doc::parse_syntax`]).
    pub fn model(&self) -> Option<&'static Model> {
        self.model
    }

    /// Whether [`Doc::parse_syntax`] has run.
    pub fn has_syntax(&self) -> bool {
        self.model.is_some() || self.sentences().is_empty()
    }

    /// The words the model reads for sentence `s` (see [`model_form`]).
    fn model_forms(&self, s: usize) -> Vec<std::borrow::Cow<'_, str>> {
        let range = self.sentences().get(s).cloned().unwrap_or_default();
        range.map(|i| model_form(self.raw(i))).collect()
    }

    /// Sentence `s`'s tags and lemmas, tagged now if they were not yet (`None` past the last
    /// sentence or without a model). A sentence already parsed is not tagged again.
    fn tagging(&self, s: usize) -> Option<(&[Upos], &[String])> {
        let model = self.model?;
        let cell = self.syntax.get(s)?;
        if let Some(a) = cell.analysis.get() {
            return Some((&a.upos, &a.lemmas));
        }
        let t = cell.tagging.get_or_init(|| {
            let forms = self.model_forms(s);
            let words: Vec<&str> = forms.iter().map(|f| f.as_ref()).collect();
            model.tag(&words)
        });
        Some((&t.upos, &t.lemmas))
    }

    /// Sentence `s`'s analysis, parsed now if it was not yet (`None` past the last sentence
    /// or without a model); its tagging is reused when there is one.
    fn analysis(&self, s: usize) -> Option<&Analysis> {
        let model = self.model?;
        let cell = self.syntax.get(s)?;
        Some(cell.analysis.get_or_init(|| {
            let forms = self.model_forms(s);
            let words: Vec<&str> = forms.iter().map(|f| f.as_ref()).collect();
            let tagging = cell.tagging.get().cloned().unwrap_or_else(|| model.tag(&words));
            model.parse_tagged(&words, tagging)
        }))
    }

    /// Token `i`'s sentence, the sentence's first token, and `i`'s index within it.
    fn position(&self, i: usize) -> Option<(usize, usize, usize)> {
        let s = self.sent_of(i)?;
        let first = self.sentences()[s].start;
        Some((s, first, i - first))
    }

    /// Token `i`'s sentence analysis, the sentence's first token, and `i`'s index within it,
    /// when the doc has syntax.
    fn locate(&self, i: usize) -> Option<(&Analysis, usize, usize)> {
        let (s, first, w) = self.position(i)?;
        Some((self.analysis(s)?, first, w))
    }

    /// Token `i`'s Universal POS tag (`None` outside sentences or before parsing).
    pub fn upos(&self, i: usize) -> Option<Upos> {
        let (s, _, w) = self.position(i)?;
        self.tagging(s)?.0.get(w).copied()
    }

    /// Token `i`'s lemma (`""` outside sentences or before parsing).
    pub fn lemma(&self, i: usize) -> &str {
        let lemma = |(s, _, w): (usize, usize, usize)| self.tagging(s)?.1.get(w);
        self.position(i).and_then(lemma).map_or("", String::as_str)
    }

    /// The lemma token `i` would have if it were tagged `upos`, without tagging its sentence
    /// (`None` outside sentences or before parsing): the lemmatizer reads only the form and
    /// the tag, so where [`Doc::upos`] is `upos` this is [`Doc::lemma`]. A cheap test that
    /// can rule a word out before its sentence is tagged.
    pub fn lemma_as(&self, i: usize, upos: Upos) -> Option<String> {
        let model = self.model?;
        self.position(i)?;
        Some(model.lemmatizer.lemma(&model_form(self.raw(i)), upos))
    }

    /// Whether token `i`'s sentence has been tagged (or parsed) already, so that its tags and
    /// lemmas cost nothing more to read.
    pub fn is_tagged(&self, i: usize) -> bool {
        let tagged = |(s, _, _): (usize, usize, usize)| {
            self.syntax
                .get(s)
                .is_some_and(|c| c.tagging.get().is_some() || c.analysis.get().is_some())
        };
        self.model.is_some() && self.position(i).is_some_and(tagged)
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

    /// Test-only: whether sentence `s` has been parsed (not only tagged) so far.
    #[cfg(test)]
    pub(crate) fn is_parsed(&self, s: usize) -> bool {
        self.syntax.get(s).is_some_and(|cell| cell.analysis.get().is_some())
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
        assert_eq!(model_form("``"), "\"");
        assert_eq!(model_form("''"), "\"");
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
        assert!(doc.syntax.iter().all(|cell| cell.analysis.get().is_none()), "nothing parsed yet");
        assert!(doc.tree(0).is_some());
        assert!(doc.syntax[0].analysis.get().is_some(), "parsed once asked, and kept");
        doc.set_sentences(&[Span::new(0, 9), Span::new(10, text.len())]);
        assert!(doc.has_syntax());
        assert_eq!(doc.tree(1).map(|t| t.tree.len()), Some(3));
        // Token 3 is "Moon", the second sentence's first word, a dependent of "stayed".
        assert_eq!(doc.head(3), Some(4));
        assert_eq!(doc.tree(1).and_then(|t| t.tree.head(0)), Some(1));
    }

    #[test]
    fn tags_and_lemmas_alone_do_not_parse_and_agree_with_the_parse() {
        let text = "The envoys said the talks failed. Moon stayed.";
        let mut doc = Doc::new(text);
        doc.set_sentences(&[Span::new(0, 33), Span::new(34, text.len())]);
        doc.parse_syntax();
        let words = doc.sentences()[0].clone();
        let tags: Vec<_> = words.clone().map(|i| (doc.upos(i), doc.lemma(i).to_string())).collect();
        assert_eq!(tags[2], (Some(Upos::Verb), "say".to_string()));
        assert!(doc.syntax[0].tagging.get().is_some(), "tagged once asked");
        assert!(doc.syntax.iter().all(|cell| cell.analysis.get().is_none()), "not parsed");
        // The parse reuses the tagging: the same tags and lemmas, from either question.
        let tree = doc.tree(0).unwrap();
        for (w, (upos, lemma)) in tags.iter().enumerate() {
            assert_eq!((Some(tree.tree.upos(w)), tree.tree.lemma(w)), (*upos, lemma.as_str()));
        }
        assert_eq!(
            words.map(|i| (doc.upos(i), doc.lemma(i).to_string())).collect::<Vec<_>>(),
            tags
        );
        assert!(doc.syntax[1].tagging.get().is_none() && doc.syntax[1].analysis.get().is_none());
    }

    #[test]
    fn the_lemma_as_a_tag_is_the_lemma_where_the_tagger_gives_that_tag() {
        let text = "The envoys wrote that talks had gone badly. Moon stayed.";
        let mut doc = Doc::new(text);
        doc.set_sentences(&[Span::new(0, 43)]);
        assert_eq!(doc.lemma_as(2, Upos::Verb), None, "before parsing");
        doc.parse_syntax();
        assert_eq!(doc.lemma_as(2, Upos::Verb).as_deref(), Some("write"));
        assert!(doc.syntax[0].tagging.get().is_none(), "no tagging needed");
        assert!(!doc.is_tagged(2));
        assert_eq!(doc.lemma_as(9, Upos::Verb), None, "outside every sentence");
        for i in doc.sentences()[0].clone() {
            let upos = doc.upos(i).unwrap();
            assert!(doc.is_tagged(i));
            assert_eq!(doc.lemma_as(i, upos).as_deref(), Some(doc.lemma(i)), "token {i}");
        }
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
