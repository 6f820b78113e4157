//! Speakers read from the syntax tree ([`crate::doc::syntax`]), where the article was parsed.
//!
//! Rules, named where applied:
//! - `tree_subject`: the subject of a cue verb in the tree ("…,” he said, “…”; "said Kim";
//!   "Warren, who chairs the panel, said"), classified as a named mention, a pronoun (resolved
//!   by [`crate::coref`]), a relative pronoun (its antecedent), a definite description ("the
//!   senator", "the company": [`crate::coref`]; nobody after an unnamed person took the
//!   focus). Indefinite and possessed phrases ("a spokesman", "Clinton's spokesman") are left
//!   to the word rules, which tell them from one with a name in apposition, and so are names
//!   unless the word rules find none. A passive cue ("was quoted as saying") has no subject
//!   here.
//! - `governing_verb`: a quotation with no cue word next to it is said by the subject of the
//!   verb of saying that governs it in the tree, or that the tree hangs off it (`“…,” Trump went
//!   on`), when that verb's lemma is in [`super::cues::SPEECH_LEMMAS`].
//! - `colon_verb`: an introducing colon belongs to the verb of its clause ("Kelly responded,
//!   with a smile: “…”"); so does one that ends a paragraph with no cue, introducing the next
//!   one's quotation (`introduction`, [`super::attribute`]).
//! - `nearest_subject`: of two subjects the parser hung on one verb, the later one set off by a
//!   comma (the first is a fronted phrase's noun).
//!
//! - `words_first_unquoted`: in a sentence with no quotation (read only for who comes into
//!   focus), a cue's subject is read by the word rules first, and the tree is asked only when
//!   they find no name; a verb is one of saying by its tag and lemma, without the tree, except
//!   "put (it)" and "go (on)". Most such sentences are then never parsed.
//!
//! Where the doc was not parsed (or the tree says nothing useful) every rule answers `None`
//! and the word rules of [`super::attribute`] decide.

use crate::doc::fold::with_lowercase;
use crate::word_table::WordMap;
use dateline_syntax::{Rel, Upos};

use crate::coref::Pronoun;
use crate::doc::syntax::SentenceTree;
use crate::entity::organizations::REPORT_NOUNS;
use crate::Span;

use super::attribute::{Reader, Subject};
use super::cues::SPEECH_LEMMAS;
use super::marks;
use super::sentence::Sentence;

/// How many mentions starting at or before a word are looked at for one covering it.
const COVERING_LOOKBACK: usize = 4;

/// How many mentions of a phrase are looked at (a phrase the parser made huge stays cheap).
const PHRASE_MENTIONS: usize = 16;

/// The sentence's mentions that lie within `start..end`, at most [`PHRASE_MENTIONS`].
fn mentions_in<'m>(
    s: &'m Sentence,
    start: usize,
    end: usize,
) -> impl Iterator<Item = &'m crate::entity::Mention> {
    let from = s.mentions.partition_point(|m| m.span.start < start);
    let to = from + s.mentions[from..].partition_point(|m| m.span.start < end);
    s.mentions[from..to.min(from + PHRASE_MENTIONS)].iter().filter(move |m| m.span.end <= end)
}

/// How far (in tokens) from a quotation a verb hanging off it is looked for.
const HANGING_VERB_WITHIN: usize = 8;

/// How many of a quotation's tokens are read for the verb governing it (the quotation's
/// head is near its start; the cap keeps a huge quotation linear and cheap).
const QUOTE_TOKENS_READ: usize = 400;

/// The longest sentence whose forms `governing_verb` reads before parsing it (a longer one is
/// parsed as it is: the look stays a constant per quotation).
const FORMS_READ_WITHIN: usize = 200;

/// How many word forms [`SPEECH_FORMS`] keeps before it starts again (a bound on its memory,
/// a few megabytes, however large the corpus).
const SPEECH_FORMS_KEPT: usize = 1 << 16;

thread_local! {
    /// What each word form (as written) says as a verb (`form_as_verb`), kept across the
    /// articles a thread reads: it depends only on the form and the embedded model, and the
    /// same forms recur from article to article, so the lemmatizer runs once per form. With
    /// the address of the model they were read with.
    static SPEECH_FORMS: std::cell::RefCell<(usize, WordMap<Box<str>, VerbForm>)> =
        std::cell::RefCell::new((0, WordMap::default()));
}

/// What a word form says as a verb (`form_as_verb`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct VerbForm {
    /// Its lemma as a verb can be one of saying.
    saying: bool,
    /// It is not its own lemma.
    inflected: bool,
}

/// What a subject phrase is read for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// Pronouns and descriptions; names are left to the word rules.
    NotNames,
    /// Names too (the word rules found none).
    Names,
    /// The antecedent of a relative pronoun.
    Antecedent,
}

impl<'a> Reader<'a> {
    /// The parse of the sentence doc token `t` is in, built once per sentence (a tree costs
    /// the sentence's length to build; quotations in a long sentence share it).
    pub(super) fn tree_of(&self, t: usize) -> Option<&SentenceTree<'a>> {
        let k = self.doc.sent_of(t)?;
        self.trees.get(k)?.get_or_init(|| self.doc.tree(k)).as_ref()
    }

    /// The doc token of sentence word `i`.
    pub(super) fn doc_token(&self, s: &Sentence, i: usize) -> Option<usize> {
        let span = s.tokens.get(i)?.span;
        let range = self.doc.tokens_in(span);
        (!range.is_empty()).then_some(range.start)
    }

    /// Whether the doc's token `t` is a verb of saying by its lemma ("went on" counts; "went"
    /// alone does not).
    fn is_speech_verb(&self, st: &SentenceTree<'_>, w: usize) -> bool {
        let lemma = st.tree.lemma(w).to_lowercase();
        if !matches!(st.tree.upos(w), Upos::Verb) {
            return false;
        }
        // "as Milbank put it": "put" with "it" as its object.
        if lemma == "put" {
            return st.tree.children(w).iter().any(|&c| {
                st.tree.rel(c) == Rel::OBJ && st.tree.lemma(c).eq_ignore_ascii_case("it")
            });
        }
        if lemma == "go" {
            return st.tree.children(w).iter().any(|&c| {
                st.tree.rel(c) == Rel::COMPOUND_PRT && st.tree.lemma(c).eq_ignore_ascii_case("on")
            });
        }
        SPEECH_LEMMAS.contains(lemma.as_str())
    }

    /// `tree_subject`: the subject of the verb at doc token `verb`, or `None` when the tree
    /// does not give one this module can read; a name only when `names` is set (the word
    /// rules read names better where they find one).
    pub(super) fn tree_subject(&self, s: &Sentence, verb: usize, names: bool) -> Option<Subject> {
        let st = self.tree_of(verb)?;
        let w = st.word(verb)?;
        if st.tree.is_passive(w) {
            return None;
        }
        // A participle clause takes the subject of the clause it hangs from ("…, telling the
        // crowd, “…”").
        let subject = st.tree.subject(w).or_else(|| {
            let participle =
                st.tree.rel(w).is_a(Rel::ADVCL) && self.doc.norm(verb).ends_with("ing");
            st.tree.head(w).filter(|_| participle).and_then(|h| st.tree.subject(h))
        })?;
        let subject = nearest_subject(&st.tree, subject);
        let reading = if names { Reading::Names } else { Reading::NotNames };
        self.phrase_subject(s, st, subject, reading)
    }

    /// What the noun phrase headed by sentence word `h` names, as a cue's subject.
    fn phrase_subject(
        &self,
        s: &Sentence,
        st: &SentenceTree<'a>,
        h: usize,
        reading: Reading,
    ) -> Option<Subject> {
        let t = st.token(h);
        let span = self.doc.token(t)?.span;
        if self.is_quoted(s, span) {
            return None;
        }
        let word = self.doc.norm(t).to_string();
        // A relative pronoun: "Warren, who chairs the panel, said".
        if reading != Reading::Antecedent && matches!(word.as_str(), "who" | "which" | "that") {
            let verb = st.tree.head(h)?;
            if st.tree.rel(verb) != Rel::ACL_RELCL {
                return None;
            }
            // The antecedent of "who": the speaker only right next to the quotation ("…,” said
            // Warren, who chairs the panel"; not "Musk, who has said …").
            return match self.phrase_subject(s, st, st.tree.head(verb)?, Reading::Antecedent)? {
                Subject::Named(list, Some(words)) if list.len() == 1 => {
                    Some(Subject::Described(list[0], words))
                }
                Subject::Named(..) => None,
                other => Some(other),
            };
        }
        if let Some(pronoun) = Pronoun::of(&word) {
            if matches!(word.as_str(), "him" | "her" | "them") {
                return None;
            }
            let found =
                self.coref.resolve_pronoun(pronoun, span.start, self.last_person, self.last_org);
            return Some(match found {
                Some(e) => Subject::Named(vec![e], Some(span)),
                None => Subject::Unnamed,
            });
        }
        // Names are the word rules' (titles and appositives around a name are where the
        // parser errs most) unless asked for, and the antecedent of a relative pronoun.
        if let Some(m) = self.mention_covering(s, span) {
            if m.modifier || !self.is_person_or_organization(m.entity) {
                return None;
            }
            return (reading != Reading::NotNames)
                .then(|| Subject::Named(vec![m.entity], Some(m.span)));
        }
        if !common_noun(self.doc, st, h) {
            return None;
        }
        // "a spokesman, Josh Earnest, said": a named appositive (a name, so only when asked).
        for c in st.tree.children_by(h, Rel::APPOS).filter(|_| reading != Reading::NotNames) {
            let appos = self.doc.token(st.token(c))?.span;
            if let Some(m) = self.mention_covering(s, appos) {
                return Some(Subject::Named(vec![m.entity], Some(m.span)));
            }
        }
        if st.tree.children(h).iter().any(|&c| st.tree.rel(c) == Rel::NMOD_POSS) {
            // "Clinton's spokesman", "its floor leader, Song Eon-seok,": the word rules tell
            // an unnamed possessed role from one with a name in apposition.
            return None;
        }
        // "The Verdi union", "the Trump campaign": a name inside the phrase.
        let (first, _) = st.tree.extent(h);
        let start = self.doc.token(st.token(first.min(h)))?.span.start;
        // A place only qualifies ("the New York businessman").
        let named_inside = mentions_in(s, start, span.start).any(|m| !self.is_place(m.entity));
        if named_inside {
            return None;
        }
        let determiner =
            st.tree.children_by(h, Rel::DET).next().map(|d| st.tree.lemma(d).to_lowercase());
        match determiner.as_deref() {
            Some("the" | "this" | "that") => {
                if REPORT_NOUNS.contains(&word.as_str()) {
                    // "the report said": a channel, which the word rules know.
                    return None;
                }
                let words = Span::new(start, span.end);
                // After "an official familiar with the talks said", "the official" is them.
                let found = (!self.unnamed_in_focus)
                    .then(|| {
                        self.coref.resolve_description(
                            &word,
                            span.start,
                            self.last_person,
                            self.last_org,
                        )
                    })
                    .flatten();
                Some(match found {
                    Some(e) => Subject::Described(e, words),
                    None => Subject::Unnamed,
                })
            }
            // "An aide to the mayor said": someone the text does not name, unless a name
            // stands in the phrase ("a professor at Ewha University, Leif-Eric Easley,"),
            // which the word rules read.
            Some("a" | "an" | "one" | "another") => {
                let (_, last) = st.tree.extent(h);
                let end = self.doc.token(st.token(last))?.span.end;
                let named = mentions_in(s, start, end).any(|m| !m.modifier);
                (!named).then_some(Subject::Someone)
            }
            _ => None,
        }
    }

    fn is_place(&self, e: usize) -> bool {
        self.entities.entities.get(e).is_some_and(|x| x.kind == crate::entity::EntityKind::Place)
    }

    fn is_person_or_organization(&self, e: usize) -> bool {
        self.entities.entities.get(e).is_some_and(|x| {
            matches!(
                x.kind,
                crate::entity::EntityKind::Person | crate::entity::EntityKind::Organization
            )
        })
    }

    /// The mention whose span holds `span` (a name over a modifier when both do).
    pub(super) fn mention_covering<'m>(
        &self,
        s: &'m Sentence,
        span: Span,
    ) -> Option<&'m crate::entity::Mention> {
        // Mentions are in text order and rarely nest: the few starting at or before `span`.
        let upto = s.mentions.partition_point(|m| m.span.start <= span.start);
        s.mentions[upto.saturating_sub(COVERING_LOOKBACK)..upto]
            .iter()
            .filter(|m| span.end <= m.span.end)
            .min_by_key(|m| (m.modifier, m.span.end - m.span.start))
    }

    pub(super) fn is_quoted(&self, s: &Sentence, span: Span) -> bool {
        let i = s.token_at_or_after(span.start);
        s.quoted.get(i).copied().unwrap_or(false)
            && s.tokens.get(i).is_some_and(|t| t.span.start == span.start)
    }

    /// `governing_verb`: the verb of saying that governs quotation `quote` in the tree, or
    /// that hangs off it, nearest first; with its subject.
    pub(super) fn governing_verb(
        &self,
        s: &Sentence,
        quote: &marks::Marked,
    ) -> Option<(Span, Subject)> {
        let inside = self.doc.tokens_in(quote.inner);
        let outside = |t: usize| self.doc.token(t).is_some_and(|x| !quote.span.contains(x.span));
        // The rule reads heads, which parse the sentence; the verb it looks for is a verb of
        // saying outside the quotation, in a sentence of its first words or next to it, and
        // the form alone can rule that out (`form_as_verb`, no tagging): then nothing is parsed.
        let before = inside.start.saturating_sub(HANGING_VERB_WITHIN)..inside.start;
        let after = inside.end..inside.end + HANGING_VERB_WITHIN;
        let could_say = |t: usize| outside(t) && self.form_as_verb(t).is_some_and(|f| f.saying);
        let mut read = None;
        let mut candidates = false;
        for t in inside.clone().take(QUOTE_TOKENS_READ) {
            let Some(k) = self.doc.sent_of(t) else { continue };
            if read != Some(k) {
                read = Some(k);
                let words = self.doc.sentences()[k].clone();
                candidates = words.len() > FORMS_READ_WITHIN || words.into_iter().any(could_say);
                if candidates {
                    break;
                }
            }
        }
        if !candidates && !before.clone().chain(after.clone()).any(could_say) {
            return None;
        }
        let mut found: Option<usize> = None;
        let nearest = |a: usize, b: usize| {
            let distance = |t: usize| {
                if t < inside.start {
                    inside.start - t
                } else {
                    t.saturating_sub(inside.end)
                }
            };
            if distance(b) < distance(a) {
                b
            } else {
                a
            }
        };
        // The verb a quoted word depends on.
        for t in inside.clone().take(QUOTE_TOKENS_READ) {
            let Some(h) = self.doc.head(t) else { continue };
            if outside(h) && self.verb_of_saying(h) {
                found = Some(found.map_or(h, |f| nearest(f, h)));
            }
        }
        // A verb that depends on the quotation ("“…,” he said" reads as the quotation's
        // parataxis), right before or after it.
        for t in before.chain(after) {
            let hangs = self.doc.head(t).is_some_and(|h| inside.contains(&h));
            if hangs && outside(t) && self.verb_of_saying(t) {
                found = Some(found.map_or(t, |f| nearest(f, t)));
            }
        }
        let verb = found?;
        let span = self.doc.token(verb)?.span;
        Some((span, self.tree_subject(s, verb, true)?))
    }

    /// `lemma_cue`: whether sentence word `i` is a verb of saying by its lemma in the tree.
    pub(super) fn is_speech_lemma(&self, s: &Sentence, i: usize) -> bool {
        if s.quoted.get(i).copied().unwrap_or(true) {
            return false;
        }
        // Inflected forms only: a bare "answer" or "call" is rarely a cue ("that Pyongyang
        // answer its “big deal” proposal").
        self.doc_token(s, i).is_some_and(|t| {
            self.may_be_inflected_speech_verb(t)
                && !self.doc.norm(t).eq_ignore_ascii_case(self.doc.lemma(t))
                && self.verb_of_saying(t)
        })
    }

    /// Whether token `t`, if tagged a verb, would be an inflected form whose lemma can be one of
    /// saying: a necessary condition of `is_speech_lemma` that needs no tagging (the lemma of
    /// a verb depends only on its form), so a sentence with no such word is never tagged for it.
    /// In a sentence tagged already the tags answer, which costs less than the lemmatizer.
    fn may_be_inflected_speech_verb(&self, t: usize) -> bool {
        if self.doc.is_tagged(t) {
            return true;
        }
        self.form_as_verb(t) == Some(VerbForm { saying: true, inflected: true })
    }

    /// What doc token `t`'s form says as a verb, whatever its tag (`None` outside sentences):
    /// whether its lemma as a verb can be one of saying (as [`Self::verb_of_saying`] asks,
    /// before the tree: "put" and "go" included), and whether the form is inflected. It
    /// depends only on the form (norm and lemma both do), so each distinct form of the article
    /// is lemmatized once per thread ([`SPEECH_FORMS`]).
    pub(super) fn form_as_verb(&self, t: usize) -> Option<VerbForm> {
        self.doc.sent_of(t)?;
        let Some(model) = self.doc.model() else {
            return Some(VerbForm { saying: false, inflected: false });
        };
        // The forms read with another model than the one kept are forgotten.
        let model = model as *const dateline_syntax::Model as usize;
        let form = self.doc.raw(t);
        let known = SPEECH_FORMS.with(|kept| {
            let kept = kept.borrow();
            (kept.0 == model).then(|| kept.1.get(form).copied()).flatten()
        });
        if let Some(known) = known {
            return Some(known);
        }
        let (saying, inflected) =
            self.doc.lemma_as(t, Upos::Verb).map_or((false, false), |lemma| {
                let inflected = !self.doc.norm(t).eq_ignore_ascii_case(&lemma);
                let saying = with_lowercase(&lemma, |lemma| {
                    SPEECH_LEMMAS.contains(lemma) || lemma == "put" || lemma == "go"
                });
                (saying, inflected)
            });
        let known = VerbForm { saying, inflected };
        SPEECH_FORMS.with(|kept| {
            let (kept_model, forms) = &mut *kept.borrow_mut();
            if *kept_model != model || forms.len() >= SPEECH_FORMS_KEPT {
                forms.clear();
                *kept_model = model;
            }
            forms.insert(form.into(), known);
        });
        Some(known)
    }

    fn verb_of_saying(&self, t: usize) -> bool {
        // Tag and lemma first, which need no parse: only a verb whose lemma can be one of
        // saying needs the tree, so most sentences without one are never parsed. The tag is
        // checked first: this runs for every word, and only verbs need their lemma lowercased.
        if self.doc.upos(t) != Some(Upos::Verb) {
            return false;
        }
        let lemma = self.doc.lemma(t).to_lowercase();
        if SPEECH_LEMMAS.contains(lemma.as_str()) {
            return true;
        }
        // Only "put it" and "go on" need the tree (their object or particle).
        if lemma != "put" && lemma != "go" {
            return false;
        }
        let Some(st) = self.tree_of(t) else { return false };
        st.word(t).is_some_and(|w| self.is_speech_verb(st, w))
    }

    /// `colon_verb`: the verb of the clause an introducing colon at sentence word `colon`
    /// ends, with its subject; where the colon hangs on the verb's object, that verb's
    /// (`colon_object`: "the mayor is rolling out a new message: “…”").
    pub(super) fn colon_verb(&self, s: &Sentence, colon: usize) -> Option<Subject> {
        let t = self.doc_token(s, colon)?;
        // The sentence's parse first: the doc knows heads only once it is built.
        self.tree_of(t)?;
        let mut head = self.doc.head(t)?;
        let st = self.tree_of(head)?;
        let mut w = st.word(head)?;
        // The quotation in apposition to the object: the colon hangs on the quotation.
        if head > t && st.tree.rel(w) == Rel::APPOS {
            w = st.tree.head(w)?;
            head = st.token(w);
        }
        if st.tree.upos(w) == Upos::Noun && st.tree.rel(w) == Rel::OBJ && head < t {
            w = st.tree.head(w)?;
            head = st.token(w);
        }
        if st.tree.upos(w) != Upos::Verb || head > t {
            return None;
        }
        self.tree_subject(s, head, true)
    }
}

/// `nearest_subject`: of several subjects the parser hung on one verb, a later one set off by
/// a comma, right before the verb's phrase and not after a preposition: a clause has one
/// subject, and the others are a fronted phrase's nouns ("With leaders worried about support
/// for Ada Lorne among voters, Mayor Tom Reyes is rolling out …" read as two subjects).
fn nearest_subject(tree: &dateline_syntax::tree::Tree<'_>, first: usize) -> usize {
    let Some(verb) = tree.head(first) else { return first };
    let mut chosen = first;
    for &c in tree.children(verb) {
        if c <= chosen
            || c >= verb
            || !tree.rel(c).is_a(Rel::NSUBJ)
            || !matches!(tree.upos(c), Upos::Noun | Upos::Propn | Upos::Pron)
        {
            continue;
        }
        let start = tree.extent(c).0;
        let after_preposition =
            start.checked_sub(1).is_some_and(|p| matches!(tree.upos(p), Upos::Adp | Upos::Sconj));
        let comma_between = (tree.extent(chosen).1 + 1..start).any(|i| tree.lemma(i) == ",");
        if comma_between && !after_preposition {
            chosen = c;
        }
    }
    chosen
}

/// Whether word `h` of a tree is a common noun: a NOUN, or a PROPN written in lower case (the
/// tagger reads some lowercase role nouns as proper: "the New York businessman").
pub(super) fn common_noun(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, h: usize) -> bool {
    match st.tree.upos(h) {
        Upos::Noun => true,
        Upos::Propn => doc.raw(st.token(h)).chars().next().is_some_and(char::is_lowercase),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::quote::{extract, parsed_per_line, said, speakers};

    #[test]
    fn sentences_with_no_subject_or_verb_of_saying_to_find_are_never_tagged() {
        // No cue, no name, no pronoun: `clause_subject` has nothing to find, and no word of
        // the second sentence can be a verb of saying (`governing_verb`).
        let text = "The bridge was closed on Monday.\nBanners reading “peace now” hung from it.";
        let (doc, blocks, x) = parsed_per_line(text);
        assert_eq!(extract(&doc, &blocks, &x).len(), 1);
        assert!((0..doc.tokens().len()).all(|t| !doc.is_tagged(t)));
        // A verb of saying next to the quotation is read in the tree.
        let text = "Banners reading “peace now” hung from it, Ada Lorne remarked.";
        let (doc, blocks, x) = parsed_per_line(text);
        extract(&doc, &blocks, &x);
        assert!(doc.is_tagged(0));
    }

    #[test]
    fn form_as_verb_is_kept_across_articles_and_asks_the_model_once_per_form() {
        use super::{VerbForm, SPEECH_FORMS};
        use crate::quote::attribute::Reader;
        let said = VerbForm { saying: true, inflected: true };
        let text = "Ada Lorne said no.";
        let (doc, _, x) = parsed_per_line(text);
        assert_eq!(Reader::new(&doc, &x).form_as_verb(2), Some(said));
        assert!(SPEECH_FORMS.with(|k| k.borrow().1.contains_key("said")));
        // Another article's reader finds the form kept, and gets the same answer.
        let (doc, _, x) = parsed_per_line("Then Kim said yes.\nThe rain stopped.");
        let reader = Reader::new(&doc, &x);
        assert_eq!(reader.form_as_verb(2), Some(said));
        let stopped = VerbForm { saying: false, inflected: true };
        assert_eq!(reader.form_as_verb(7), Some(stopped));
        // A doc without a model says nothing of any form, and keeps nothing.
        let bare = crate::doc::Doc::new("He reported it.");
        let mut bare = bare;
        bare.set_sentences(&[crate::Span::new(0, 15)]);
        let none = VerbForm { saying: false, inflected: false };
        assert_eq!(Reader::new(&bare, &x).form_as_verb(1), Some(none));
        assert!(SPEECH_FORMS.with(|k| !k.borrow().1.contains_key("reported")));
    }

    #[test]
    fn a_pronoun_takes_the_person_of_its_gender_and_is_the_mention() {
        let text = "Margaret Osei met Peter Quill on Monday.\n“We will win,” she said.";
        assert_eq!(speakers(text), [said("Margaret Osei", "she")]);
    }

    #[test]
    fn nearest_subject_a_fronted_phrase_is_not_the_subject() {
        use dateline_syntax::{tree::Tree, Analysis, Rel, Upos};
        // "for Ada , Reyes rolling": the parser hung "Ada" on the verb as a second subject.
        let tree = |upos: Vec<Upos>, lemmas: &[&str], heads: Vec<Option<usize>>, rels| Analysis {
            upos,
            lemmas: lemmas.iter().map(|l| l.to_string()).collect(),
            heads,
            rels,
        };
        let a = tree(
            vec![Upos::Sconj, Upos::Propn, Upos::Punct, Upos::Propn, Upos::Verb],
            &["for", "Ada", ",", "Reyes", "roll"],
            vec![Some(4), Some(4), Some(4), Some(4), None],
            vec![Rel::DEP, Rel::NSUBJ, Rel::DEP, Rel::NSUBJ, Rel::DEP],
        );
        assert_eq!(super::nearest_subject(&Tree::new(&a), 1), 3);
        // "spokesman for Democrats said": no comma between, the first subject stays.
        let a = tree(
            vec![Upos::Noun, Upos::Adp, Upos::Propn, Upos::Verb],
            &["spokesman", "for", "Democrats", "say"],
            vec![Some(3), Some(2), Some(3), None],
            vec![Rel::NSUBJ, Rel::DEP, Rel::NSUBJ, Rel::DEP],
        );
        assert_eq!(super::nearest_subject(&Tree::new(&a), 0), 0);
    }

    #[test]
    fn colon_object_a_colon_after_the_object_takes_its_verb_subject() {
        let text = "Mayor Ada Lorne is rolling out a new and more personal campaign message: \"It is about me.\"";
        assert_eq!(speakers(text)[0].0.as_deref(), Some("Ada Lorne"));
    }

    #[test]
    fn a_definite_description_takes_the_person_with_that_role() {
        let text = "Sen. Dana Whitlock met Peter Quill on Monday.\n“It is over,” the senator said.";
        assert_eq!(speakers(text), [said("Dana Whitlock", "the senator")]);
    }

    #[test]
    fn the_description_after_an_unnamed_speaker_is_nobody_named() {
        // Not Peter Quill: an unnamed speaker described by its words (`unnamed_speaker`).
        let text = "Peter Quill left.\nAn aide to the mayor said little.\n“No,” the aide said.";
        assert_eq!(speakers(text), [(None, Some("the aide".to_string()))]);
    }

    #[test]
    fn a_named_subject_outside_quotations_needs_no_parse() {
        // `words_first_unquoted`: the first line moves the focus by the word rules alone.
        let text = "Dana Whitlock said the vote was close.\n“We will win,” she said.";
        let (doc, blocks, x) = crate::quote::parsed_per_line(text);
        let name = |id: Option<String>| id.and_then(|id| x.by_id(&id).map(|e| e.name.clone()));
        let found: Vec<_> =
            extract(&doc, &blocks, &x).into_iter().map(|q| name(q.speaker)).collect();
        assert_eq!(found, [Some("Dana Whitlock".to_string())]);
        assert!(!doc.is_parsed(0), "the sentence without a quotation was parsed");
        assert!(doc.is_parsed(1), "the quoted sentence was not parsed");
    }

    #[test]
    fn a_colon_after_a_verb_of_saying_defers_to_the_verb() {
        let text = "Acme Corp said in a statement: “We look forward to it.”";
        assert_eq!(speakers(text), [said("Acme Corp", "Acme Corp")]);
        let text = "Kelly Moss responded pointedly, with a smile: “It can happen at 45.”";
        assert_eq!(speakers(text), [said("Kelly Moss", "Kelly Moss")]);
    }

    #[test]
    fn an_adverb_between_subject_and_verb_is_passed_over() {
        let text = "Bob Smith, exasperated, famously responded: “What difference does it make?”";
        assert_eq!(speakers(text), [said("Bob Smith", "Bob Smith")]);
    }

    #[test]
    fn a_relative_clause_elsewhere_in_the_sentence_names_no_speaker() {
        let text =
            "Peter Quill praised the “audacity” of Dana Whitlock, who has said she will run.";
        let found = speakers(text);
        assert_ne!(found[0].0.as_deref(), Some("Dana Whitlock"), "{found:?}");
    }

    #[test]
    fn verbs_that_quote_their_subject_s_words_are_cues_by_their_lemma() {
        let text = "In a March speech, Ana Ruiz attacked “the cruel ideology of the gangs.”";
        assert_eq!(speakers(text), [said("Ana Ruiz", "Ana Ruiz")]);
        let text =
            "Another critic, Tom Reyes, likened the rules to “burning the charter” at the time.";
        assert_eq!(speakers(text), [said("Tom Reyes", "Tom Reyes")]);
    }

    #[test]
    fn a_magazine_that_put_it_so_is_the_speaker() {
        let text = "He is seen, as The New Yorker put it in a long profile, as “the operator.”";
        assert_eq!(speakers(text), [said("The New Yorker", "New Yorker")]);
    }
}
