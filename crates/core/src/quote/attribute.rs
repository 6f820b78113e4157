//! The attribution rules of the module docs ([`super`]), sentence by sentence: who is the
//! subject of each cue of a sentence (`cue_subject`: the tree's reading, `super::subject`, then
//! the word rules, `super::walk`; `colon` deferring to a verb of saying before it), and the
//! reading state that carries over from sentence to sentence (who is in focus for `pronoun` and
//! `description`, the speaker for `continuation` and `introduction`). Which speaker and channel
//! each quotation takes from those subjects is `super::choose`.

use crate::coref::{Coref, Pronoun};
use crate::doc::syntax::SentenceTree;
use crate::doc::Doc;
use crate::entity::words::words;
use crate::entity::{EntityKind, Extraction};
use crate::Span;

use super::sentence::{find_cues, Cue, CueKind, Sentence};
use super::{marks, Quote};

/// What a cue's subject turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Subject {
    /// Entities (more than one for "A and B"), and the words that name them when they are one
    /// ("he", "Donald Trump", "the senator").
    Named(Vec<usize>, Option<Span>),
    /// A relaying channel.
    Channel(usize),
    /// Someone the text does not name ("Moon's spokesperson", "they").
    Unnamed,
    /// A definite description of a person: "the 23-year-old", "the Portuguese coach".
    Description(Span),
    /// Someone new and unnamed: "an official familiar with the talks". Later pronouns and
    /// descriptions refer to them, not to the last named person.
    Someone,
    /// "it", "the company": the organisation in focus.
    OrgDescription(Span),
    /// A definite description that coreference resolved ("the senator" → Warren): the
    /// speaker, like [`Subject::Description`], only right next to the quotation.
    Described(usize, Span),
}

/// The reading state of one article.
pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) doc: &'a Doc<'a>,
    pub(super) entities: &'a Extraction,
    /// The last person who was a cue's subject (`pronoun`).
    pub(super) last_person: Option<usize>,
    /// The last channel named (for "the report said").
    pub(super) last_channel: Option<usize>,
    /// The last organisation in focus (for "the company said", "it called").
    pub(super) last_org: Option<usize>,
    /// Someone unnamed ("an official familiar with the talks") took the focus after the last
    /// named person: a definite description refers to them, not to anyone named.
    pub(super) unnamed_in_focus: bool,
    /// The speaker (and the words naming them) of a sentence that ends with a colon ("Dr.
    /// Ward stated:"), for a quotation that opens the next sentence (rule `introduction`).
    pub(super) introduced: Option<Spoke>,
    /// What the article says about each entity's gender and roles.
    pub(super) coref: Coref<'a>,
    /// The doc's sentence trees, each built on first use (`subject`).
    pub(super) trees: Vec<std::cell::OnceCell<Option<SentenceTree<'a>>>>,
    /// Unnamed speakers described so far (`unnamed_speaker`): entity index
    /// `entities.len() + k` is the `k`th.
    pub(super) unnamed: std::cell::RefCell<Vec<(Span, EntityKind)>>,
    /// Whether the sentence being read has a quotation (or introduces one with a colon): if
    /// not, the word rules go first (rule `words_first_unquoted`, `super::subject`).
    quoting: bool,
    /// Whether the block being read is the article's title (rule `headline`).
    pub(super) headline: bool,
}

impl<'a> Reader<'a> {
    pub(super) fn new(doc: &'a Doc<'a>, entities: &'a Extraction) -> Self {
        Reader {
            text: doc.text(),
            doc,
            entities,
            last_person: None,
            last_channel: None,
            last_org: None,
            unnamed_in_focus: false,
            introduced: None,
            headline: false,
            coref: Coref::new(doc.text(), entities),
            trees: (0..doc.sentences().len()).map(|_| std::cell::OnceCell::new()).collect(),
            unnamed: std::cell::RefCell::new(Vec::new()),
            quoting: true,
        }
    }

    /// `pronoun`: the person "he" or "she" at sentence token `t` refers to (`crate::coref`),
    /// with the pronoun as the words naming them.
    pub(super) fn pronoun_subject(&self, s: &Sentence, t: usize) -> Subject {
        let Some(token) = s.tokens.get(t) else { return Subject::Unnamed };
        let Some(pronoun) = Pronoun::of(s.word(t)) else { return Subject::Unnamed };
        let found =
            self.coref.resolve_pronoun(pronoun, token.span.start, self.last_person, self.last_org);
        match found {
            Some(e) => Subject::Named(vec![e], Some(token.span)),
            None => Subject::Unnamed,
        }
    }

    fn id(&self, e: Option<usize>) -> Option<String> {
        let e = e?;
        let named = self.entities.entities.len();
        if e >= named {
            let (words, kind) = *self.unnamed.borrow().get(e - named)?;
            return Some(super::unnamed::unnamed_id(words, kind));
        }
        self.entities.entities.get(e).map(|e| e.id.clone())
    }

    pub(super) fn is_person(&self, e: usize) -> bool {
        self.entities.entities.get(e).is_some_and(|e| e.kind == EntityKind::Person)
    }

    pub(super) fn is_organization(&self, e: usize) -> bool {
        self.entities.entities.get(e).is_some_and(|e| e.kind == EntityKind::Organization)
    }

    pub(super) fn is_media(&self, e: usize) -> bool {
        self.entities.entities.get(e).is_some_and(|e| e.media)
    }

    /// Reads one sentence: attributes its quotations and updates who spoke last. Returns the
    /// quotes and the sentence's speaker (for `continuation`).
    pub(super) fn sentence(
        &mut self,
        context: Span,
        quotes: &[marks::Marked],
        previous_speaker: Option<Option<Spoke>>,
    ) -> (Vec<Quote>, Option<Spoke>) {
        let text = self.text;
        let tokens = words(self.doc, context);
        let all = &self.entities.mentions;
        let from = all.partition_point(|m| m.span.start < context.start);
        let to = all.partition_point(|m| m.span.start < context.end);
        let sentence = Sentence::new(text, tokens, quotes, &all[from..to]);
        self.quoting = !quotes.is_empty() || context.of(text).trim_end().ends_with(':');

        let cues = find_cues(text, &sentence, |i| self.is_speech_lemma(&sentence, i));
        // Subjects in order, so that "Easley said …, He noted" finds Easley for "He".
        let mut subjects: Vec<Subject> = Vec::with_capacity(cues.len());
        for cue in &cues {
            let subject = self.cue_subject(&sentence, cue);
            if let Subject::Named(list, _) = &subject {
                if let Some(&e) = list.last() {
                    if self.is_person(e) {
                        self.last_person = Some(e);
                        self.unnamed_in_focus = false;
                    } else if self.is_organization(e) {
                        self.last_org = Some(e);
                    }
                }
            }
            subjects.push(subject);
        }
        let (cues, subjects) = defer_colons(&sentence, cues, subjects);
        let mut out = Vec::new();
        let mut sentence_speaker = None;
        for (qi, quote) in quotes.iter().enumerate() {
            let (speaker, channel, cue, speaker_mention) = self.attribute(
                &sentence,
                quote,
                qi,
                quotes.len(),
                &cues,
                &subjects,
                previous_speaker,
            );
            if let Some(e) = speaker {
                sentence_speaker = Some((e, speaker_mention));
            }
            out.push(Quote {
                span: quote.span,
                text: quote.inner,
                speaker: self.id(speaker),
                speaker_mention: speaker.and(speaker_mention),
                channel: self.id(channel),
                cue,
            });
        }
        // Who spoke last, for the next pronoun: the last person subject of the sentence.
        for subject in &subjects {
            match subject {
                Subject::Named(list, words) => {
                    if let Some(&e) = list.last() {
                        if self.is_person(e) {
                            self.last_person = Some(e);
                            self.unnamed_in_focus = false;
                            sentence_speaker.get_or_insert((e, words.filter(|_| list.len() == 1)));
                        } else if self.is_media(e) {
                            self.last_channel = Some(e);
                        }
                        if self.is_organization(e) {
                            self.last_org = Some(e);
                        }
                    }
                }
                Subject::Channel(e) => self.last_channel = Some(*e),
                Subject::Someone => {
                    self.last_person = None;
                    self.unnamed_in_focus = true;
                }
                Subject::Described(e, _) if self.is_person(*e) => {
                    self.last_person = Some(*e);
                    self.unnamed_in_focus = false;
                }
                Subject::Unnamed
                | Subject::Description(_)
                | Subject::OrgDescription(_)
                | Subject::Described(..) => {}
            }
        }
        // A sentence without a speech cue still says who is in focus: "Maria Gonzalez held her
        // son. “We left with nothing,” she said."
        let mut clause_subject = None;
        if cues.is_empty() {
            if let Subject::Named(list, _) = self.clause_subject(&sentence, sentence.tokens.len()) {
                clause_subject = list.first().copied();
                if let Some(&e) = list.first() {
                    if self.is_person(e) {
                        self.last_person = Some(e);
                        self.unnamed_in_focus = false;
                    } else if self.is_organization(e) {
                        self.last_org = Some(e);
                    }
                }
            }
        }
        // `introduction`: "Dr. Ward stated:" ¶ "…"; with no cue, the subject of the verb the
        // colon closes in the tree ("When the bill passed, Ada Lorne released a statement:").
        let ends_with_colon = sentence.tokens.last().is_some_and(|t| t.is_mark(text, ':'));
        self.introduced = match subjects.last() {
            Some(Subject::Named(list, words)) if ends_with_colon && list.len() == 1 => {
                Some((list[0], *words))
            }
            None if ends_with_colon => {
                match self.colon_verb(&sentence, sentence.tokens.len() - 1) {
                    Some(Subject::Named(list, words)) if list.len() == 1 => Some((list[0], words)),
                    _ => None,
                }
            }
            _ => None,
        };
        if quotes.is_empty() && cues.is_empty() {
            // `continuation`: a sentence about the last speaker ("He did not say more.") keeps
            // them for a quotation that opens the next sentence; any other breaks the thread.
            let kept = previous_speaker.flatten().filter(|&(e, _)| clause_subject == Some(e));
            return (out, kept);
        }
        (out, sentence_speaker)
    }

    /// `cue_subject`
    fn cue_subject(&self, s: &Sentence, cue: &Cue) -> Subject {
        if matches!(cue.kind, CueKind::According | CueKind::RelayedBy | CueKind::AuthoredBy) {
            let mut i = cue.at + 1;
            while i < s.tokens.len() && i <= cue.at + 3 {
                if let Some(m) = s.mention_starting(i) {
                    // An author is a person or an organisation ("written by a Spanish troupe"
                    // names nobody).
                    let author =
                        !m.modifier && (self.is_person(m.entity) || self.is_organization(m.entity));
                    if cue.kind == CueKind::AuthoredBy && !author {
                        return Subject::Unnamed;
                    }
                    return Subject::Named(vec![m.entity], Some(m.span));
                }
                i += 1;
            }
            return Subject::Unnamed;
        }
        if cue.kind == CueKind::Participle {
            // `reduced_relative`: a participle right after a name, with no comma, modifies
            // it ("footage of Ana Ruiz asking, “…”"): the name is its subject.
            let named_before =
                cue.at.checked_sub(1).and_then(|p| s.mention_ending(p)).filter(|m| {
                    !m.modifier && (self.is_person(m.entity) || self.is_organization(m.entity))
                });
            if let Some(m) = named_before {
                return Subject::Named(vec![m.entity], Some(m.span));
            }
            return self.clause_subject(s, cue.at);
        }
        // `name_colon`, `dash_name`: the name next to the mark.
        let name = match cue.kind {
            CueKind::NameColon => cue.at.checked_sub(1).and_then(|i| s.mention_ending(i)),
            CueKind::DashName => s.mention_starting(cue.at + 1),
            _ => None,
        };
        if let Some(m) = name {
            return Subject::Named(vec![m.entity], Some(m.span));
        }
        // `tree_subject`, where the article was parsed: pronouns and descriptions from the
        // tree, names from the word rules unless they find none.
        if cue.kind == CueKind::Speech {
            // `words_first_unquoted`: a sentence without a quotation is read only for who comes
            // into focus; a name the word rules find needs no parse.
            if !self.quoting {
                let subject = self.word_subject(s, cue);
                if matches!(subject, Subject::Named(..)) {
                    return subject;
                }
            }
            let verb = self.doc_token(s, cue.at);
            if let Some(subject) = verb.and_then(|v| self.tree_subject(s, v, false)) {
                return subject;
            }
            let subject = self.word_subject(s, cue);
            if subject == Subject::Unnamed {
                if let Some(named) = verb.and_then(|v| self.tree_subject(s, v, true)) {
                    return named;
                }
            }
            return subject;
        }
        self.word_subject(s, cue)
    }
}

/// `colon`: an introducing colon whose clause subject the rules cannot read defers to the verb
/// of saying before it in the same stretch of words ("Acme said in a statement: “…”" is
/// attributed by "said"): the colon is dropped from the cues.
fn defer_colons(s: &Sentence, cues: Vec<Cue>, subjects: Vec<Subject>) -> (Vec<Cue>, Vec<Subject>) {
    let mut kept_cues: Vec<Cue> = Vec::with_capacity(cues.len());
    let mut kept_subjects: Vec<Subject> = Vec::with_capacity(cues.len());
    for (cue, subject) in cues.into_iter().zip(subjects) {
        let defers = cue.kind == CueKind::Colon
            && subject == Subject::Unnamed
            && kept_cues.last().is_some_and(|c| {
                matches!(
                    c.kind,
                    CueKind::Speech | CueKind::Report | CueKind::Participle | CueKind::According
                ) && !s.quoted.get(c.at..cue.at).is_some_and(|q| q.contains(&true))
            });
        if !defers {
            kept_cues.push(cue);
            kept_subjects.push(subject);
        }
    }
    (kept_cues, kept_subjects)
}

/// A speaker and the words that named them in their attribution.
pub(super) type Spoke = (usize, Option<Span>);

#[cfg(test)]
mod rule_tests {
    //! One test per attribution rule named in the module docs.
    use crate::quote::{named, speakers_and_channels as speakers};

    #[test]
    fn continuation_across_a_paragraph_break() {
        let text = "\"We had gas and rice,\" Amira Haddad said.\n\"So we cooked.\"";
        assert_eq!(speakers(text), [(named("Amira Haddad"), None), (named("Amira Haddad"), None)]);
    }

    #[test]
    fn a_quote_across_paragraphs_takes_the_cue_after_it() {
        let text = "\"Every supplier said no.\n\"Today we ship it,\" Priya Raman said.";
        assert_eq!(speakers(text), [(named("Priya Raman"), None)]);
    }

    #[test]
    fn a_colon_introduces_the_quote_of_the_clause_subject() {
        let text = "Asked about it, Ruben Amorim smiled: “I am not worried.”";
        assert_eq!(speakers(text), [(named("Ruben Amorim"), None)]);
    }

    #[test]
    fn an_indefinite_speaker_is_nobody_named_and_takes_the_focus() {
        let text = "Marco Rubio spoke. An official familiar with the talks said no.\n“It is paperwork,” the official said.";
        assert_eq!(speakers(text), [(None, None)]);
    }

    #[test]
    fn a_name_in_a_prepositional_phrase_is_not_the_subject() {
        let text = "Professor Terry Hughes of James Cook University, who was not involved, called it “small.”";
        assert_eq!(speakers(text), [(named("Terry Hughes"), None)]);
    }

    #[test]
    fn a_name_after_a_place_preposition_is_not_the_subject() {
        let text =
            "Dozens of nurses gathered outside Mercy Hospital on Monday, chanting, “Fair pay now.”";
        assert_eq!(speakers(text), [(None, None)]);
        // `subject_before_verb`: the opening phrase is the subject, not the name after its verb.
        let text = "A crowd of parents waited for hours as Principal Dana Reyes spoke, chanting, “Open the doors.”";
        assert_eq!(speakers(text), [(None, None)]);
    }

    #[test]
    fn capitalised_words_hold_no_cue() {
        let text = "Marco Rubio said the United States would not “negotiate against itself.”";
        assert_eq!(speakers(text), [(named("Marco Rubio"), None)]);
    }

    #[test]
    fn name_colon_names_the_speaker() {
        let text = "Marta Lind: “We will not move.”";
        assert_eq!(speakers(text), [(named("Marta Lind"), None)]);
    }

    #[test]
    fn split_attribution_a_question_and_its_cue_are_one_sentence() {
        let text = "The firm balked.\n“Who do they think they are?” Peter Quill said of the firm.";
        assert_eq!(speakers(text), [(named("Peter Quill"), None)]);
        let text = "Ana Ruiz left.\nPeter Quill spoke of “the end.” However, they warned us.";
        assert_eq!(speakers(text)[0].1, None);
    }

    #[test]
    fn name_colon_needs_the_name_to_open_its_clause() {
        let text = "Willa Hart spoke of Tom Reyes later. She added about Tom Reyes: “He will win.”";
        assert_ne!(speakers(text), [(named("Tom Reyes"), None)]);
    }

    #[test]
    fn dash_name_after_the_quote_names_the_speaker() {
        let text = "Readers wrote in. Kofi Mensah replied too.\n“It was too long.” ― Kofi Mensah";
        assert_eq!(speakers(text), [(named("Kofi Mensah"), None)]);
    }

    #[test]
    fn introduction_a_colon_closing_a_paragraph_introduces_the_next() {
        let text = "Ines Barros, a nurse in Porto, said on Monday:\n“We are tired.”";
        assert_eq!(speakers(text), [(named("Ines Barros"), None)]);
    }

    #[test]
    fn introduction_without_a_cue_is_the_subject_of_the_verb_before_the_colon() {
        // The verb's subject comes from the parse.
        use crate::quote::speakers as parsed;
        let text = "When the bridge reopened, Senator Ada Lorne released the following statement:\n“We kept our word.”";
        assert_eq!(parsed(text)[0].0.as_deref(), Some("Ada Lorne"));
        let text = "The bridge reopened in May. Here is the full list:\n“Bolts, beams, paint.”";
        assert_eq!(parsed(text)[0].0, None);
    }

    #[test]
    fn authored_by_the_author_of_quoted_words_is_their_speaker() {
        let text = "“Blue Lanterns” was written by Senator Ada Lorne after the flood.";
        assert_eq!(speakers(text), [(named("Ada Lorne"), None)]);
        let text = "The plan comes from a paper titled “Long Bridges” by Professor Tom Reyes.";
        assert_eq!(speakers(text), [(named("Tom Reyes"), None)]);
        // Not a quotation's author: a name far from it, or a place.
        let text = "Senator Ada Lorne spoke. “Blue Lanterns” is a song sung by a Spanish choir.";
        assert_eq!(speakers(text), [(None, None)]);
        let text =
            "Senator Ada Lorne spoke. “Blue Lanterns,” sung by a Spanish choir, closed the show.";
        assert_eq!(speakers(text), [(None, None)]);
    }

    #[test]
    fn continuation_past_a_sentence_about_the_speaker() {
        let text = "“We had problems,” Omar Reyes said after the talks. He did not elaborate. “Our goal is calm.”";
        assert_eq!(speakers(text), [(named("Omar Reyes"), None), (named("Omar Reyes"), None)]);
        let text = "“We had problems,” Omar Reyes said. Ana Ruiz left early. “Our goal is calm.”";
        assert_eq!(speakers(text)[1], (None, None));
    }

    #[test]
    fn split_attribution_after_a_quotation_of_several_sentences() {
        let text = "Ada Byron spoke.\n“I said so. Are they small?” Byron said.";
        assert_eq!(speakers(text), [(named("Ada Byron"), None)]);
    }

    #[test]
    fn a_bracketed_tag_between_name_and_cue_is_passed_over() {
        let text = "“It is late,” Rep. Dana Whitlock (D-Ore.) said.";
        assert_eq!(speakers(text), [(named("Dana Whitlock"), None)]);
    }
}
