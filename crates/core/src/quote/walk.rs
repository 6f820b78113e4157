//! The word rules for a cue's subject (`cue_subject` where the tree leaves it to them): the
//! mention right before the cue past fillers, appositives, bracketed tags, names inside a
//! prepositional phrase and a short "of" phrase after a role noun (`walk_back`,
//! `role_of_phrase`), the name right after an inverted cue ("…,” said Kim"),
//! the clause's subject for participles and colons (`clause_subject`; an opening noun phrase
//! that names nobody ends it at its verb: `subject_before_verb`), pronouns and
//! descriptions by their words, and indefinite openings ("An official familiar with …"); and
//! the names next to a quotation's marks (`dash_name`: "“…” ― Sonya Herridge";
//! `relayed_subject`: `Kim "appreciated …"`).

use crate::entity::organizations::{ORGANIZATION_NOUNS, REPORT_NOUNS};
use crate::entity::titles::{ROLE_MODIFIERS, ROLE_NOUNS, TITLES};
use crate::entity::words::TokenKind;
use crate::Span;

use super::attribute::{Reader, Subject};
use super::cues::{
    ISSUED_DOCUMENT_NOUNS, NOT_DESCRIPTIONS, PREPOSITIONS, PRONOUNS, SUBJECT_FILLERS,
};
use super::marks;
use super::sentence::{Cue, CueKind, Sentence};

impl Reader<'_> {
    /// `cue_subject` by the words around the cue.
    pub(super) fn word_subject(&self, s: &Sentence, cue: &Cue) -> Subject {
        let text = self.text;
        if cue.kind == CueKind::Colon {
            if let Some(subject) = self.colon_verb(s, cue.at) {
                return subject;
            }
            // Past the clause's verb: "the Portuguese coach smiled:".
            let verb = cue.at >= 1 && s.tokens[cue.at - 1].is_word();
            return self.walk_back(s, cue.at - usize::from(verb), false);
        }
        // Inverted, after a quotation: "…,” said Kim", "…,” said spokesperson Park".
        // Or opening the sentence: "Continued Stone:".
        let after_quote = cue.at == 0
            || cue.at >= 1
                && (s.quoted.get(cue.at - 1).copied().unwrap_or(false)
                    || (s.tokens[cue.at - 1].is_mark(text, ',')
                        && cue.at >= 2
                        && s.quoted.get(cue.at - 2).copied().unwrap_or(false)));
        if after_quote {
            let mut i = cue.at + 1;
            // Words passed that are no role words ("said MSNBC host Chris Matthews", "said
            // 9/11 widow Terry Strada"): then only a person's name is the subject.
            let mut described = false;
            while i < s.tokens.len() && i <= cue.at + INVERTED_SUBJECT_WITHIN {
                if let Some(m) = s.mention_starting(i) {
                    let end = s.token_at_or_after(m.span.end);
                    if described && (m.modifier || !self.is_person(m.entity)) {
                        // "said former South Carolina Gov. Jim Hodges": a place or
                        // organisation qualifying the person further on.
                        i = end.max(i + 1);
                        continue;
                    }
                    if !m.modifier || i == cue.at + 1 {
                        // "said Hollis chairman Pieter de Graaf": the person the first name
                        // qualifies; not past a comma ("said Brian Jack, a Trump aide"), and
                        // "said Trump's campaign manager Paul Manafort".
                        let possessed =
                            s.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive);
                        // "said Republican party boss Reince Priebus": a word read as a name
                        // that runs into a description of the person after it.
                        let runs_on = s.tokens.get(end).is_some_and(|t| t.is_word())
                            && self.describes(s, end);
                        let qualifies =
                            m.modifier || !self.is_person(m.entity) || possessed || runs_on;
                        let person = (end..s.tokens.len().min(end + QUALIFIED_NAME_WITHIN))
                            .take_while(|&j| !s.tokens[j].is_mark(text, ','))
                            .find_map(|j| {
                                s.mention_ending(j)
                                    .filter(|n| !n.modifier && self.is_person(n.entity))
                            })
                            .filter(|_| qualifies);
                        if let Some(person) = person {
                            return Subject::Named(vec![person.entity], Some(person.span));
                        }
                        return Subject::Named(vec![m.entity], Some(m.span));
                    }
                }
                let w = s.word(i);
                // A period, or a mark inside a word ("9/11", "U.S.-born"): no word boundary.
                if s.tokens[i].is_mark(text, '.') || s.inner_mark(i) {
                    i += 1;
                    continue;
                }
                let role =
                    ROLE_NOUNS.contains(w) || ROLE_MODIFIERS.contains(w) || TITLES.contains(w);
                if !role {
                    if !self.describes(s, i) {
                        break;
                    }
                    described = true;
                }
                i += 1;
            }
        }
        self.walk_back(s, cue.at, true)
    }

    /// Whether sentence word `i`, after an inverted cue, may be part of a description before
    /// the speaker's name ("said *MSNBC host* Chris Matthews", "said *the Rev.* Peter Wherry",
    /// "said *9/11 widow* Terry Strada", "said *conservative activist* Bob Klaus"): a
    /// capitalised word, a word with a digit, "the", or any lowercase word that is not a
    /// function word (prepositions, pronouns, conjunctions, "that", "who" end the search).
    pub(super) fn describes(&self, s: &Sentence, i: usize) -> bool {
        let token = s.tokens[i];
        if !token.is_word() || s.quoted[i] || token.kind == TokenKind::Possessive {
            return false;
        }
        let w = s.word(i);
        if w == "the" || token.is_capitalized(self.text) || w.chars().any(|c| c.is_ascii_digit()) {
            return true;
        }
        !(PREPOSITIONS.contains(w) || PRONOUNS.contains(&w) || NOT_DESCRIPTIONS.contains(w))
    }

    /// The subject of the clause: its first pronoun ("he", "she") or mention that is not inside
    /// a role phrase, not governed by a preposition, not a possessor, and not quoted.
    pub(super) fn clause_subject(&self, s: &Sentence, before: usize) -> Subject {
        let text = self.text;
        let mut i = 0;
        // `subject_before_verb` (`ends_opening_phrase`) reads the tags of the words passed
        // only once a subject is found, so a clause whose search finds none is not tagged.
        let mut passed: Vec<usize> = Vec::new();
        // A clause's subject comes early; the cap keeps a huge run-on "sentence" linear.
        let within = before.min(s.tokens.len()).min(CLAUSE_SUBJECT_WITHIN);
        let is_pronoun = |i: usize| PRONOUNS.iter().any(|p| s.word_is(i, p));
        while i < within {
            if s.quoted[i] {
                i += 1;
                continue;
            }
            if is_pronoun(i) {
                if self.ends_opening_phrase(s, &passed) {
                    return Subject::Unnamed;
                }
                return self.pronoun_subject(s, i);
            }
            let Some(m) = s.mention_starting(i).filter(|m| !m.modifier) else {
                passed.push(i);
                i += 1;
                continue;
            };
            // "the Korean Central News Agency (KCNA)": a gloss in brackets is not a subject.
            if i > 0 && s.tokens[i - 1].is_mark(text, '(') {
                i += 1;
                continue;
            }
            let end = s.token_at_or_after(m.span.end);
            let governed = self.governing_preposition(s, i).is_some();
            let possessor = s.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Possessive);
            // `name_modifier`: a name before a lowercase role noun qualifies it ("A Warren
            // adviser, who …, said"): the subject is the role's, named only if a name follows
            // it ("Trump aide Kellyanne Conway").
            let mut role_end = end;
            let mut role_head = false;
            while let Some(t) = s.tokens.get(role_end) {
                let w = s.word(role_end);
                let head = ROLE_NOUNS.contains(w);
                if !t.is_word() || t.is_capitalized(text) || !(head || ROLE_MODIFIERS.contains(w)) {
                    break;
                }
                role_head |= head;
                role_end += 1;
            }
            if !governed && !possessor && role_head {
                if s.mention_starting(role_end).is_some() {
                    i = role_end;
                    continue;
                }
                return Subject::Unnamed;
            }
            if !governed && !possessor {
                if self.ends_opening_phrase(s, &passed) {
                    return Subject::Unnamed;
                }
                return Subject::Named(vec![m.entity], Some(m.span));
            }
            i = end.max(i + 1);
        }
        Subject::Unnamed
    }

    /// `subject_before_verb`: whether the sentence words `passed` (in order, those
    /// `clause_subject` went past before its subject) end the search with no subject: while
    /// they still read as an opening noun phrase (determiners, adjectives, nouns, numbers,
    /// prepositions), and once it has a common noun, its first verb ends it ("Dozens of nurses
    /// gathered outside Mercy Hospital, chanting" has a subject naming nobody, not the name
    /// after the verb). Tags the sentence when there is a word to read.
    fn ends_opening_phrase(&self, s: &Sentence, passed: &[usize]) -> bool {
        use dateline_syntax::Upos;
        let mut common_noun = false;
        for &i in passed {
            match self.doc_token(s, i).and_then(|t| self.doc.upos(t)) {
                Some(Upos::Verb | Upos::Aux) if common_noun => return true,
                Some(Upos::Noun) => common_noun = true,
                Some(Upos::Adp) if i > 0 => {}
                Some(Upos::Det | Upos::Adj | Upos::Num) => {}
                _ => return false,
            }
        }
        false
    }

    /// The preposition governing the phrase that starts at token `first` ("by the official
    /// Korean Central News Agency"): looked for past determiners and modifiers.
    fn governing_preposition(&self, s: &Sentence, first: usize) -> Option<usize> {
        let text = self.text;
        let mut j = first;
        while j > 0 && first - j < 3 {
            let w = s.word(j - 1);
            if PREPOSITIONS.contains(w) {
                return Some(j - 1);
            }
            let modifier = matches!(w, "the" | "a" | "an" | "official" | "state")
                || ROLE_MODIFIERS.contains(w);
            if !modifier || s.tokens[j - 1].is_capitalized(text) {
                return None;
            }
            j -= 1;
        }
        None
    }

    /// Walks back from a cue to its subject; past adverbs when `adverbs` is set (a verb of
    /// saying, not the word before a colon, which may be the adverb itself).
    fn walk_back(&self, s: &Sentence, cue: usize, adverbs: bool) -> Subject {
        let text = self.text;
        let mut i = cue;
        let mut steps = 0;
        while i > 0 && steps < 40 {
            steps += 1;
            let t = i - 1;
            if s.quoted.get(t).copied().unwrap_or(true) {
                return Subject::Unnamed;
            }
            let token = s.tokens[t];
            // "Rep. Gwen Moore (D-Wis.) said": a bracketed tag after the name.
            if token.is_mark(text, ')') {
                let open = (t.saturating_sub(PARENTHESIS_WITHIN)..t)
                    .rev()
                    .find(|&p| s.tokens[p].is_mark(text, '('));
                if let Some(open) = open {
                    i = open;
                    continue;
                }
            }
            if let Some(m) = s.mention_ending(t) {
                let entity = m.entity;
                let first = s.token_at_or_after(m.span.start);
                // "Terry Hughes of James Cook University, …, called": a name inside a
                // prepositional phrase attached to the subject; the subject is further back.
                if let Some(p) = self.governing_preposition(s, first) {
                    if ATTACHING_PREPOSITIONS.contains(&s.word(p)) {
                        i = p;
                        continue;
                    }
                }
                // "A and B": a coordinated subject.
                let mut list = vec![entity];
                if first >= 2 && s.word(first - 1) == "and" {
                    if let Some(other) = s.mention_ending(first - 2) {
                        if !other.modifier {
                            list.insert(0, other.entity);
                        }
                    }
                }
                let words = (list.len() == 1).then_some(m.span);
                return Subject::Named(list, words);
            }
            let w = s.word(t);
            if token.kind == TokenKind::Possessive {
                return Subject::Unnamed;
            }
            if token.is_mark(text, ',') {
                // Skip an appositive set off by commas: ", a professor at …,".
                let mut p = t;
                let mut found = None;
                while p > 0 && t - p < 30 {
                    p -= 1;
                    if s.quoted.get(p).copied().unwrap_or(true) {
                        break;
                    }
                    if s.tokens[p].is_mark(text, ',') {
                        found = Some(p);
                        break;
                    }
                }
                let start = found.map_or(0, |p| p + 1);
                let opener = s.word(start);
                // ", a professor at …," or ", WHO regional director for Europe,".
                let has_role = (start..(start + 5).min(t))
                    .any(|j| ROLE_NOUNS.contains(s.word(j)) && !s.tokens[j].is_capitalized(text));
                let appositive = found.is_some()
                    && !opener.is_empty()
                    && (s.tokens.get(start).is_some_and(|t| !t.is_capitalized(text)) || has_role);
                if appositive {
                    i = found.unwrap_or(0) + 1;
                    continue;
                }
                // ", Shawn Ho, said": the name right before the comma.
                if t > 0 && s.mention_ending(t - 1).is_some() {
                    i = t;
                    continue;
                }
                return self.clause_subject(s, cue);
            }
            // `pronoun`
            if PRONOUNS.contains(&w) {
                return self.pronoun_subject(s, t);
            }
            if ROLE_NOUNS.contains(w) || w.ends_with("-year-old") {
                // "the 23-year-old said", "the Portuguese coach smiled:"; not "Moon's
                // spokesperson said".
                let mut j = t;
                while j > 0 && t - j < 4 {
                    j -= 1;
                    if s.tokens[j].kind == TokenKind::Possessive || s.quoted[j] {
                        return Subject::Unnamed;
                    }
                    match s.word(j) {
                        "the" => {
                            let words = Span::new(s.tokens[j].span.start, s.tokens[t].span.end);
                            return Subject::Description(words);
                        }
                        "a" | "an" => return Subject::Someone,
                        _ => {}
                    }
                }
                return Subject::Unnamed;
            }
            if REPORT_NOUNS.contains(&w) {
                // "KCNA's report", "the report".
                if t >= 2 && s.tokens[t - 1].kind == TokenKind::Possessive {
                    if let Some(m) = s.mention_ending(t - 2) {
                        return Subject::Channel(m.entity);
                    }
                }
                // "the statement said": a document its issuer wrote, not a channel's report;
                // described as an unnamed speaker (`unnamed_speaker`).
                if ISSUED_DOCUMENT_NOUNS.contains(&w) {
                    return Subject::Unnamed;
                }
                return match self.last_channel {
                    Some(e) => Subject::Channel(e),
                    None => Subject::Unnamed,
                };
            }
            if w == "and" || w == "but" {
                return self.clause_subject(s, cue);
            }
            // An adverb the tagger reads between subject and verb ("Kelly *pointedly*
            // responded", "Clinton *famously* said") is a filler too.
            if SUBJECT_FILLERS.contains(w) || adverbs && self.is_lowercase_adverb(s, t) {
                i = t;
                continue;
            }
            // "The Verdi union said": the organisation before its noun; "the company said": the
            // organisation in focus.
            if ORGANIZATION_NOUNS.contains(w) || w == "company" {
                if let Some(m) = t.checked_sub(1).and_then(|p| s.mention_ending(p)) {
                    return Subject::Named(vec![m.entity], Some(m.span));
                }
                if t >= 1 && s.word(t - 1) == "the" {
                    let words = Span::new(s.tokens[t - 1].span.start, s.tokens[t].span.end);
                    return Subject::OrgDescription(words);
                }
            }
            if w == "it" {
                return Subject::OrgDescription(s.tokens[t].span);
            }
            // `role_of_phrase`: "the mother of three replied", "the head of the agency said":
            // the role noun before a short "of" phrase with no name in it.
            if let Some(of) = self.role_of_phrase(s, t) {
                i = of;
                continue;
            }
            return self.indefinite_opening(s, cue);
        }
        self.indefinite_opening(s, cue)
    }

    /// `role_of_phrase`: the "of" of a short phrase of lowercase words or numbers ending at
    /// sentence word `last` that follows a role noun ("mother *of three*", "head *of the
    /// agency*", "the 70-year-old father *of two*").
    fn role_of_phrase(&self, s: &Sentence, last: usize) -> Option<usize> {
        let text = self.text;
        let plain = |j: usize| {
            let token = s.tokens[j];
            token.is_word()
                && !s.quoted[j]
                && token.kind != TokenKind::Possessive
                && !token.is_capitalized(text)
        };
        let mut of = last;
        loop {
            if !plain(of) || last - of >= ROLE_OF_PHRASE_WITHIN {
                return None;
            }
            if of < last && s.word(of) == "of" {
                break;
            }
            of = of.checked_sub(1)?;
        }
        let role = s.word(of.checked_sub(1)?);
        (ROLE_NOUNS.contains(role) || role.ends_with("-year-old")).then_some(of)
    }

    /// `dash_name`: a person or organisation named right after a quotation's closing mark and
    /// a dash, whichever sentence the reader put them in.
    pub(super) fn dash_name_after(&self, quote: &marks::Marked) -> Option<crate::entity::Mention> {
        let rest = self.text.get(quote.span.end..)?;
        let gap = rest.len() - rest.trim_start().len();
        let rest = rest.trim_start();
        let dash = rest.chars().next().filter(|c| matches!(c, '―' | '—' | '–'))?;
        let after = &rest[dash.len_utf8()..];
        let start =
            quote.span.end + gap + dash.len_utf8() + (after.len() - after.trim_start().len());
        let all = &self.entities.mentions;
        let k = all.partition_point(|m| m.span.start < start);
        all.get(k).copied().filter(|m| {
            m.span.start == start
                && !m.modifier
                && (self.is_person(m.entity) || self.is_organization(m.entity))
        })
    }

    /// The mention span of `relayed_subject`, when it names `e`.
    pub(super) fn relayed_subject_words(
        &self,
        s: &Sentence,
        quote: &marks::Marked,
        e: usize,
    ) -> Option<Span> {
        let open = s.token_at_or_after(quote.span.start);
        let m = s.mention_ending(open.checked_sub(1)?)?;
        (m.entity == e).then_some(m.span)
    }

    /// `relayed_subject`: a person mention right before the opening mark, with the quotation
    /// continuing the clause (its first word is lowercase).
    pub(super) fn relayed_subject(&self, s: &Sentence, quote: &marks::Marked) -> Option<usize> {
        let first_word = self.text.get(quote.inner.start..)?.chars().find(|c| c.is_alphabetic())?;
        if !first_word.is_lowercase() {
            return None;
        }
        let open = s.token_at_or_after(quote.span.start);
        let prev = open.checked_sub(1)?;
        let m = s.mention_ending(prev)?;
        (!m.modifier && self.is_person(m.entity)).then_some(m.entity)
    }

    /// Whether sentence word `i` is a lowercase word the tagger reads as an adverb.
    fn is_lowercase_adverb(&self, s: &Sentence, i: usize) -> bool {
        let lowercase = s.tokens.get(i).is_some_and(|t| !t.is_capitalized(self.text));
        lowercase
            && self.doc_token(s, i).and_then(|t| self.doc.upos(t))
                == Some(dateline_syntax::Upos::Adv)
    }

    /// `Someone` when the clause opens with an indefinite person ("An official familiar with the
    /// negotiations said", "One senior Asian diplomat … put it"), else `Unnamed`.
    fn indefinite_opening(&self, s: &Sentence, cue: usize) -> Subject {
        let opens = matches!(s.word(0), "a" | "an" | "one");
        let role = (1..cue.min(5)).any(|j| ROLE_NOUNS.contains(s.word(j)));
        if opens && role {
            Subject::Someone
        } else {
            Subject::Unnamed
        }
    }
}

/// How many words after an inverted cue its subject's name may start ("said former South
/// Carolina Gov. Jim Hodges").
const INVERTED_SUBJECT_WITHIN: usize = 8;

/// How many tokens after a name the person it qualifies may end ("said Chicago Alderman Jason
/// C. Ervin").
const QUALIFIED_NAME_WITHIN: usize = 6;

/// How many tokens a bracketed tag between a name and its cue may hold ("(D-Wis.)").
const PARENTHESIS_WITHIN: usize = 8;

/// How many words an "of" phrase after a role noun may hold, "of" included (`role_of_phrase`).
const ROLE_OF_PHRASE_WITHIN: usize = 4;

/// How many tokens into a sentence its clause subject is looked for.
const CLAUSE_SUBJECT_WITHIN: usize = 60;

/// Prepositions that attach a name to the subject before it ("Terry Hughes *of* James Cook
/// University"), so that the subject is further back.
const ATTACHING_PREPOSITIONS: &[&str] = &["of", "at", "from", "with", "for"];

#[cfg(test)]
mod tests {
    use crate::quote::{said, speakers};

    #[test]
    fn an_inverted_cue_reads_past_a_description_with_a_mark_inside_a_word() {
        let text = "“We waited for years,” said 9/11 widow Maria Vance.";
        assert_eq!(speakers(text), [said("Maria Vance", "Maria Vance")]);
        let text = "“It works,” said U.S.-born engineer Maria Vance.";
        assert_eq!(speakers(text), [said("Maria Vance", "Maria Vance")]);
    }

    #[test]
    fn reduced_relative_a_participle_right_after_a_name_is_said_by_that_name() {
        let text = "The new advert shows Maria Vance asking, “Why is the line so long?”";
        assert_eq!(speakers(text), [said("Maria Vance", "Maria Vance")]);
        // After a comma the participle takes the clause's subject instead.
        let text = "Tom Reyes praised Maria Vance, saying, “She was right.”";
        assert_eq!(speakers(text), [said("Tom Reyes", "Tom Reyes")]);
    }

    #[test]
    fn name_modifier_a_name_before_a_role_noun_is_not_the_subject() {
        let text = "Elena Marsh spoke in Ohio.\nA Marsh adviser, who asked not to be named, said, “She will run.”";
        assert_eq!(speakers(text), [(None, Some("A Marsh adviser".to_string()))]);
        // A name after the role is: "Marsh aide Tom Reyes".
        let text = "Elena Marsh spoke.\nMarsh aide Tom Reyes, who was there, said, “She will run.”";
        assert_eq!(speakers(text), [said("Tom Reyes", "Tom Reyes")]);
    }

    #[test]
    fn a_description_before_a_short_phrase_and_the_comma_is_next_to_the_quote() {
        let text = "Donald Trump spoke in Ohio.\nThe New York businessman says of the plan, “It will fail.”";
        assert_eq!(speakers(text), [said("Donald Trump", "The New York businessman")]);
        // Not past a clause: the description stands too far from the quotation.
        let text = "Donald Trump spoke in Ohio.\nThe businessman says that the plan, by all accounts, “will fail.”";
        assert_eq!(speakers(text)[0].0, None);
    }

    #[test]
    fn role_of_phrase_a_role_noun_before_a_short_of_phrase_is_the_subject() {
        let text = "Ana Ruiz spoke at the fair. When asked why, the 40-year-old mother of two replied, “It helps us.”";
        assert_eq!(speakers(text), [said("Ana Ruiz", "the 40-year-old mother")]);
        // A phrase that is no role ("the rest of us") is not read as one.
        let text =
            "Ana Ruiz spoke at the fair. When asked why, the rest of us replied, “It helps us.”";
        assert_eq!(speakers(text)[0].0, None);
    }

    #[test]
    fn a_participle_the_tagger_reads_as_a_noun_is_still_a_cue() {
        let text = "Ana Ruiz poked at the mayor, tweeting, “Notice the empty chairs.”";
        assert_eq!(speakers(text), [said("Ana Ruiz", "Ana Ruiz")]);
    }
}
