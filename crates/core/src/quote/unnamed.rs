//! Unnamed speakers (rule `unnamed_speaker`).
//!
//! A quotation whose attribution describes its speaker without naming anyone the article names
//! ("a spokesman for Clinton said", "…,” said one Democratic source on the panel", "the report
//! says") is said by an entity made for that description, so that the reader can link the
//! words: its name is the describing phrase (the subject of the verb of saying in the tree, or
//! the description the word rules found), its mention where the phrase stands, its kind by the
//! phrase's head noun ([`UNNAMED_ORGANIZATION_NOUNS`] and the organisation nouns: an
//! organisation; [`DOCUMENT_NOUNS`] and the report nouns: other; else a person). A quotation that
//! continues it takes the same entity. Only a speaker no other rule found is described: a name,
//! a resolved pronoun or description, or a relaying channel wins.
//!
//! The entity is marked `unnamed` ([`crate::entity::Entity::unnamed`]) and never merged with
//! another, within an article or across the corpus. Annotations write such a speaker as
//! `null` (nobody named), and the scorer ([`super::eval`]) counts an unnamed entity as `null`.

use dateline_syntax::Upos;

use crate::entity::organizations::{ORGANIZATION_NOUNS, REPORT_NOUNS};
use crate::entity::words::TokenKind;
use crate::entity::{Entity, EntityKind, Extraction};
use crate::Span;

use super::attribute::{Reader, Subject};
use super::cues::{DOCUMENT_NOUNS, PREPOSITIONS, SUBJECT_FILLERS, UNNAMED_ORGANIZATION_NOUNS};
use super::sentence::{Cue, CueKind, Sentence};
use super::Quote;

/// The mark in an unnamed speaker's id (`person:unnamed-1234`, the number the byte offset of
/// its description).
const UNNAMED_MARK: &str = ":unnamed-";

/// How many words a description may have; a longer subject phrase ("one of two witnesses who
/// relayed …") is cut after its head noun.
const DESCRIPTION_WORDS: usize = 12;

/// Whether an entity id is an unnamed speaker's.
pub fn is_unnamed_id(id: &str) -> bool {
    id.contains(UNNAMED_MARK)
}

/// The id of the unnamed speaker described at `words`.
pub(super) fn unnamed_id(words: Span, kind: EntityKind) -> String {
    let prefix = match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
        EntityKind::Other => "other",
    };
    format!("{prefix}{UNNAMED_MARK}{}", words.start)
}

/// The kind of speaker a description's head noun stands for.
fn kind_of(head: &str) -> EntityKind {
    if UNNAMED_ORGANIZATION_NOUNS.contains(&head) || ORGANIZATION_NOUNS.contains(head) {
        EntityKind::Organization
    } else if DOCUMENT_NOUNS.contains(head) || REPORT_NOUNS.contains(&head) {
        EntityKind::Other
    } else {
        EntityKind::Person
    }
}

impl Reader<'_> {
    /// `unnamed_speaker`: the words describing the subject of `cue` and the kind they stand for,
    /// when the subject names nobody.
    pub(super) fn description_of(
        &self,
        s: &Sentence,
        cue: &Cue,
        subject: &Subject,
    ) -> Option<(Span, EntityKind)> {
        if matches!(subject, Subject::Named(..) | Subject::Channel(_) | Subject::Described(..)) {
            return None;
        }
        if cue.kind == CueKind::Speech {
            let found = self
                .tree_description(s, cue)
                .or_else(|| self.inverted_description(s, cue))
                .or_else(|| self.phrase_before(s, cue));
            if let Some((words, kind)) = found {
                let words = self.without_leading_marks(s, words);
                return self.opens_a_phrase(s, words).then_some((words, kind));
            }
        }
        match subject {
            Subject::Description(words) | Subject::OrgDescription(words) => {
                let phrase = crate::doc::fold::fold(words.of(self.text));
                let head = phrase.rsplit(' ').next().unwrap_or("");
                (head != "it").then(|| (*words, kind_of(head)))
            }
            _ => None,
        }
    }

    /// The subject phrase of a cue verb in the tree when its head is a common noun that no
    /// mention covers and that is not quoted.
    fn tree_description(&self, s: &Sentence, cue: &Cue) -> Option<(Span, EntityKind)> {
        let verb = self.doc_token(s, cue.at)?;
        let st = self.tree_of(verb)?;
        let w = st.word(verb)?;
        if st.tree.is_passive(w) {
            return None;
        }
        let h = st.tree.subject(w)?;
        let t = st.token(h);
        let head = self.doc.token(t)?.span;
        if self.is_quoted(s, head) || self.mention_covering(s, head).is_some() {
            return None;
        }
        if !super::subject::common_noun(self.doc, st, h) {
            return None;
        }
        let kind = kind_of(self.doc.norm(t));
        let (first, last) = st.tree.extent(h);
        let start = self.doc.token(st.token(first.min(h)))?.span.start;
        let whole = Span::new(start, self.doc.token(st.token(last.max(h)))?.span.end);
        let up_to_head = Span::new(start, head.end);
        let quoted = |span: Span| {
            let from = s.token_at_or_after(span.start);
            let to = s.token_at_or_after(span.end);
            (from..to).any(|i| s.quoted.get(i).copied().unwrap_or(false))
        };
        // Past the head, the phrase stops at a comma or a relative clause ("the woman, who
        // like many …").
        let whole = {
            let from = s.token_at_or_after(head.end);
            let to = s.token_at_or_after(whole.end);
            let stop = (from..to).find(|&i| {
                s.tokens[i].is_mark(self.text, ',')
                    || matches!(s.word(i), "who" | "which" | "that" | "whose")
            });
            match stop.and_then(|i| i.checked_sub(1)) {
                Some(j) if j >= from => Span::new(start, s.tokens[j].span.end),
                Some(_) => up_to_head,
                None => whole,
            }
        };
        let words = last.saturating_sub(first) + 1;
        let span = if words <= DESCRIPTION_WORDS && !quoted(whole) {
            whole
        } else if !quoted(up_to_head) {
            up_to_head
        } else {
            head
        };
        Some((span, kind))
    }

    /// The words right after an inverted cue that describe its subject when the tree gives
    /// none ("…,” said a senior Cruz adviser", "said one district GOP leader"): a determiner
    /// ("the", "a", "an", "one", "another") and the words [`Reader::describes`] lets through, up
    /// to a comma or a function word, with no person named among them.
    fn inverted_description(&self, s: &Sentence, cue: &Cue) -> Option<(Span, EntityKind)> {
        let text = self.text;
        let after_quote = cue.at >= 1
            && (s.quoted.get(cue.at - 1).copied().unwrap_or(false)
                || (s.tokens[cue.at - 1].is_mark(text, ',')
                    && cue.at >= 2
                    && s.quoted.get(cue.at - 2).copied().unwrap_or(false)));
        let first = cue.at + 1;
        let opens = matches!(s.word(first), "the" | "a" | "an" | "one" | "another");
        if !after_quote || !opens {
            return None;
        }
        let mut last = first;
        while last + 1 < s.tokens.len()
            && last + 1 - first < DESCRIPTION_WORDS
            && self.describes(s, last + 1)
        {
            last += 1;
        }
        if last == first {
            return None;
        }
        let words = Span::new(s.tokens[first].span.start, s.tokens[last].span.end);
        let from = s.mentions.partition_point(|m| m.span.start < words.start);
        let named = s.mentions[from..].iter().take_while(|m| m.span.start < words.end).any(|m| {
            !m.modifier
                && self
                    .entities
                    .entities
                    .get(m.entity)
                    .is_some_and(|e| e.kind == EntityKind::Person)
        });
        if named {
            return None;
        }
        Some((words, kind_of(s.word(last))))
    }

    /// The noun phrase right before a cue when the tree gave the cue no subject of its own
    /// ("…,” Obama's former campaign strategist said", "a narrator in the Clinton ad asks"):
    /// the words back to the quotation, a comma or the sentence's start, past fillers ("also"),
    /// when the tagger reads them all as a noun phrase (determiners, adjectives, nouns,
    /// numbers, prepositions, possessives) opening with a determiner or a possessor and ending
    /// with a common noun, and no person is named in them but as a possessor. A phrase after a
    /// preposition is the noun the participle before it modifies, or nobody
    /// (`reduced_relative_description`).
    fn phrase_before(&self, s: &Sentence, cue: &Cue) -> Option<(Span, EntityKind)> {
        let text = self.text;
        let mut end = cue.at;
        while end > 0 && SUBJECT_FILLERS.contains(s.word(end - 1)) {
            end -= 1;
        }
        let last = end.checked_sub(1)?;
        let mut first = last;
        while first > 0
            && last - first + 1 < DESCRIPTION_WORDS
            && !s.quoted[first - 1]
            && !s.tokens[first - 1].is_mark(text, ',')
        {
            first -= 1;
        }
        // Up to the determiner or possessor that opens the phrase.
        let opener = (first..=last).find(|&i| {
            matches!(s.word(i), "the" | "a" | "an" | "one" | "another" | "this")
                || s.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Possessive)
        })?;
        let upos = |i: usize| self.doc_token(s, i).and_then(|t| self.doc.upos(t));
        // `reduced_relative_description`: a phrase after a preposition is its object
        // ("marching through the streets"), never the speaker; the speaker is then the noun the
        // participle modifies when the stretch opens with one ("Protesters marching through
        // the streets chanted"), else nobody.
        // ("As one employee told …": "as" opens a clause here.)
        let governed = opener > first
            && upos(opener - 1) == Some(Upos::Adp)
            && s.word(opener - 1) != "as"
            && PREPOSITIONS.contains(s.word(opener - 1));
        let participle = (first + 1..opener)
            .find(|&i| upos(i) == Some(Upos::Verb) && s.word(i).ends_with("ing"));
        let modified = participle.filter(|&p| {
            upos(p - 1) == Some(Upos::Noun)
                && (first..p).all(|i| {
                    matches!(
                        upos(i),
                        Some(Upos::Det | Upos::Adj | Upos::Noun | Upos::Num | Upos::Adp)
                    )
                })
        });
        let (opener, head, participle) = match (governed, modified) {
            (false, _) => (opener, last, None),
            (true, Some(p)) => (first, p - 1, Some(p)),
            (true, None) => return None,
        };
        let noun_phrase = (opener..=last).all(|i| {
            Some(i) == participle
                || s.tokens[i].kind == TokenKind::Possessive
                || s.tokens[i].is_mark(text, '-')
                || matches!(
                    upos(i),
                    Some(
                        Upos::Det
                            | Upos::Adj
                            | Upos::Noun
                            | Upos::Propn
                            | Upos::Num
                            | Upos::Adp
                            | Upos::Part
                    )
                )
        });
        let lowercase_head =
            s.tokens[last].text(text).chars().next().is_some_and(char::is_lowercase);
        if !noun_phrase || upos(last) != Some(Upos::Noun) || !lowercase_head {
            return None;
        }
        let words = Span::new(s.tokens[opener].span.start, s.tokens[last].span.end);
        // `name_modifier` inside the phrase: a name right before a lowercase noun of the
        // phrase qualifies it ("a narrator in the Lopez ad").
        let qualifies_a_noun = |end: usize| {
            let next = s.token_at_or_after(end);
            next <= last
                && upos(next) == Some(Upos::Noun)
                && s.tokens[next].text(text).chars().next().is_some_and(char::is_lowercase)
        };
        // Mentions are in text order: only those inside the phrase are looked at.
        let from = s.mentions.partition_point(|m| m.span.start < words.start);
        let named = s.mentions[from..].iter().take_while(|m| m.span.start < words.end).any(|m| {
            m.span.end <= words.end
                && !m.modifier
                && self
                    .entities
                    .entities
                    .get(m.entity)
                    .is_some_and(|e| e.kind == EntityKind::Person)
                && !s
                    .tokens
                    .get(s.token_at_or_after(m.span.end))
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
                && !qualifies_a_noun(m.span.end)
        });
        if named {
            return None;
        }
        Some((words, kind_of(s.word(head))))
    }

    /// Whether a description opens as a noun phrase does: not with a preposition ("for
    /// military veterans' families", a piece of a relative clause).
    fn opens_a_phrase(&self, s: &Sentence, words: Span) -> bool {
        let first = s.token_at_or_after(words.start);
        !PREPOSITIONS.contains(s.word(first))
    }

    /// A description without the marks the tree's phrase may open with (", a White House
    /// official who …" → "a White House official").
    fn without_leading_marks(&self, s: &Sentence, words: Span) -> Span {
        let mut first = s.token_at_or_after(words.start);
        while s.tokens.get(first).is_some_and(|t| !t.is_word() && t.span.end < words.end) {
            first += 1;
        }
        match s.tokens.get(first) {
            Some(t) if t.span.start < words.end => Span::new(t.span.start, words.end),
            _ => words,
        }
    }

    /// The entity index of the unnamed speaker described at `words` (after the article's
    /// entities), made on first use.
    pub(super) fn unnamed_speaker(&self, words: Span, kind: EntityKind) -> usize {
        let mut list = self.unnamed.borrow_mut();
        let k = list.iter().position(|(w, _)| *w == words).unwrap_or_else(|| {
            list.push((words, kind));
            list.len() - 1
        });
        self.entities.entities.len() + k
    }
}

/// Adds to `entities` the unnamed speakers the quotations name (rule `unnamed_speaker`), each
/// with its description as name and mention; [`super::record_speaker_mentions`] then adds the
/// mentions of quotations that continue them.
pub fn record_unnamed_speakers(text: &str, quotes: &[Quote], entities: &mut Extraction) {
    for quote in quotes {
        let (Some(id), Some(words)) = (&quote.speaker, quote.speaker_mention) else { continue };
        if !is_unnamed_id(id) || entities.by_id(id).is_some() {
            continue;
        }
        let kind = match id.split(':').next() {
            Some("organization") => EntityKind::Organization,
            Some("other") => EntityKind::Other,
            Some("place") => EntityKind::Place,
            _ => EntityKind::Person,
        };
        entities.entities.push(Entity {
            id: id.clone(),
            name: words.of(text).split_whitespace().collect::<Vec<_>>().join(" "),
            kind,
            aliases: Vec::new(),
            roles: Vec::new(),
            mentions: vec![words],
            media: false,
            author: false,
            unnamed: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::corpus;
    use crate::quote::extract;

    /// Test-only: one block per line, each parsed; the extraction with the unnamed speakers
    /// recorded, and the quotations.
    fn read(text: &str) -> (Extraction, Vec<Quote>) {
        let (doc, blocks, mut x) = crate::quote::parsed_per_line(text);
        let quotes = extract(&doc, &blocks, &x);
        record_unnamed_speakers(text, &quotes, &mut x);
        (x, quotes)
    }

    #[test]
    fn a_described_speaker_is_an_unnamed_entity_with_the_description_as_mention() {
        let text =
            "The plant closed.\n“We will appeal,” a spokesman for the company said. “It is wrong.”";
        let (x, quotes) = read(text);
        assert_eq!(quotes.len(), 2);
        let id = quotes[0].speaker.clone().expect("a speaker");
        assert!(is_unnamed_id(&id));
        // The continuation is the same speaker.
        assert_eq!(quotes[1].speaker.as_deref(), Some(id.as_str()));
        let e = x.by_id(&id).expect("recorded");
        assert!(e.unnamed && e.kind == EntityKind::Person, "{e:?}");
        // The subject phrase as the parser reads it ("for the company" may hang off the verb).
        assert!(e.name.starts_with("a spokesman"), "{e:?}");
        assert_eq!(e.mentions[0].of(text), e.name);
    }

    #[test]
    fn the_object_of_a_preposition_is_not_the_described_speaker() {
        let text = "The depot shut.\nStudents marching through the streets chanted “No more fees!” until dusk.";
        let (x, quotes) = read(text);
        let e = x.by_id(quotes[0].speaker.as_deref().expect("a speaker")).expect("recorded");
        assert!(e.name.starts_with("Students"), "{e:?}");
        assert_eq!(e.kind, EntityKind::Person);
    }

    #[test]
    fn a_name_qualifying_a_noun_of_the_description_names_nobody() {
        let text = "Maria Lopez has a new ad on taxes.\n“Why did he not pay?” a narrator in the Lopez ad asks.";
        let (x, quotes) = read(text);
        let e = x.by_id(quotes[0].speaker.as_deref().expect("a speaker")).expect("recorded");
        assert_eq!(e.name, "a narrator in the Lopez ad");
        assert!(e.unnamed);
    }

    #[test]
    fn a_description_does_not_open_with_a_mark() {
        let text = "No plan was set.\nAlthough there is no such overlap with Tom Reyes's team, a White House official who spoke anonymously to discuss strategy said Wednesday, “Certainly there are talks between them.”";
        let (x, quotes) = read(text);
        let e = x.by_id(quotes[0].speaker.as_deref().expect("a speaker")).expect("recorded");
        assert!(e.name.starts_with("a White House official"), "{e:?}");
    }

    #[test]
    fn a_statement_after_an_outlet_is_the_statement_not_the_outlet() {
        let text =
            "Fox News said in a statement that it was sorry.\n“We will not comment,” the statement said.";
        let (x, quotes) = read(text);
        let e = x.by_id(quotes[0].speaker.as_deref().expect("a speaker")).expect("recorded");
        assert_eq!((e.name.as_str(), e.kind), ("the statement", EntityKind::Other));
        assert_eq!(quotes[0].channel, None);
    }

    #[test]
    fn a_document_is_an_unnamed_entity_of_another_kind() {
        let text = "The board met.\n“Costs rose sharply,” the report says.";
        let (x, quotes) = read(text);
        let e = x.by_id(quotes[0].speaker.as_deref().expect("a speaker")).expect("recorded");
        assert_eq!((e.name.as_str(), e.kind), ("the report", EntityKind::Other));
    }

    #[test]
    fn a_named_speaker_is_never_replaced_by_a_description() {
        let text = "Dana Whitlock spoke.\n“No,” said Dana Whitlock, a spokesman for the firm.";
        let (x, quotes) = read(text);
        let id = quotes[0].speaker.as_deref().expect("a speaker");
        assert_eq!(x.by_id(id).map(|e| e.name.as_str()), Some("Dana Whitlock"));
    }

    #[test]
    fn unnamed_speakers_of_two_articles_are_never_merged() {
        let one = "Rain fell.\n“It is late,” a spokesman said.";
        let (a, _) = read(one);
        let (b, _) = read(one);
        let merged = corpus::merge(&[a, b]);
        let unnamed = merged.entities.iter().filter(|e| e.unnamed).count();
        assert_eq!(unnamed, 2);
    }
}
