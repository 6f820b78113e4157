//! The person-name rules of [`super::scan`]: `korean_name` (a Korean surname and a given name
//! of one or two romanised syllables), `western_name` (a known given name and the capitalised
//! words and particles after it, with `second_surname`: "Maria Lopez Herrera", and
//! `signature`: the whole run when it signs a quotation after a dash), `long_chunk`
//! (a role and a name: "said Senate Minority Whip Dick Durbin"), and the matching key and
//! short form of a Western name (a generational suffix is never the short form).

use super::diacritics::without_diacritics;
use super::evidence::{appositive_after, cue_evidence, dash_after_quotation};
use super::korean;
use super::names::{GIVEN_NAMES, NAME_PARTICLES};
use super::scan::{is_inner_period, is_title_word, lower, PersonName, Raw, RawKind, Segmenter};
use super::words::Token;
use crate::doc::fold::{fold, with_lowercase};
use crate::Span;

/// Whether the quotation `span` (marks included; `inner` without them) quotes a nickname inside
/// a person's name (`Ada "Dee" Lorne`, `Tom C. "Ty" Reyes`): one capitalized word right between a
/// capitalized word or an initial and another one (the surname) that is not followed by a third
/// capitalized word (which would make the line a title-case headline: "He ‘Won’ By Finishing").
/// The quote reader drops it; the name reader reads past it (`nickname`).
pub(crate) fn quoted_nickname(text: &str, span: Span, inner: Span) -> bool {
    let capitalized_word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || c == '-' || c == '.')
    };
    let inner = inner.of(text);
    if inner.len() > 20 || inner.ends_with('.') || !capitalized_word(inner) {
        return false;
    }
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    let Some(before) = before.strip_suffix(' ') else { return false };
    let given = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let Some(after) = after.strip_prefix(' ') else { return false };
    let surname_end = after.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(after.len());
    let (surname, rest) = after.split_at(surname_end);
    let next_word = rest.trim_start_matches(' ');
    // An initial ("C.") is part of a name; any other word ending in a period ends a sentence.
    let initial = given.len() == 2 && given.starts_with(|c: char| c.is_ascii_uppercase());
    capitalized_word(given)
        && (!given.ends_with('.') || initial)
        && capitalized_word(surname)
        && !next_word.starts_with(char::is_uppercase)
}

/// `nickname`: `tokens` without the marks and word of each nickname quoted inside a name, so
/// that `Ada "Dee" Lorne` is read as the name "Ada Lorne" (its mention spans the nickname).
pub(super) fn without_nicknames(text: &str, tokens: Vec<Token>) -> Vec<Token> {
    let quote_mark = |t: &Token| {
        !t.is_word()
            && t.text(text).chars().all(|c| matches!(c, '"' | '“' | '”' | '‘' | '’' | '\''))
    };
    let nickname_at = |k: usize| match (tokens.get(k), tokens.get(k + 1), tokens.get(k + 2)) {
        (Some(open), Some(word), Some(close)) => {
            quote_mark(open)
                && word.is_word()
                && quote_mark(close)
                && quoted_nickname(text, Span::new(open.span.start, close.span.end), word.span)
        }
        _ => false,
    };
    if !(0..tokens.len()).any(nickname_at) {
        return tokens;
    }
    let mut out = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while k < tokens.len() {
        if nickname_at(k) {
            k += 3;
            continue;
        }
        out.push(tokens[k]);
        k += 1;
    }
    out
}

/// Whether a quoted nickname stood between two of `tokens` (dropped by [`without_nicknames`]):
/// evidence that the words are a person's name (`nickname`: `state Del. Ada "Dee" Lorne`).
pub(super) fn nickname_within(text: &str, tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        text.get(w[0].span.end..w[1].span.start)
            .is_some_and(|gap| gap.contains(['"', '“', '”', '‘', '’']))
    })
}

impl Segmenter<'_> {
    pub(super) fn korean_name(&self, k: usize, b: usize) -> Option<(usize, PersonName)> {
        let surname = self.word(k);
        if !korean::is_surname(surname) || k + 1 >= b {
            return None;
        }
        let (first, second) = (self.word(k + 1), self.word(k + 2));
        let end = if korean::is_single_syllable(first)
            && k + 2 < b
            && korean::is_single_syllable(second)
            && !second.contains('-')
        {
            k + 3
        } else if korean::is_given_name_word(first) {
            k + 2
        } else {
            return None;
        };
        let given: Vec<&str> = (k + 1..end).map(|i| self.word(i)).collect();
        let key = korean::key(surname, &given);
        Some((end, PersonName { key, short: surname.to_lowercase() }))
    }

    pub(super) fn western_name(&self, k: usize, b: usize) -> Option<(usize, PersonName)> {
        let first = self.word(k).to_lowercase();
        let first_part = first.split('-').next().unwrap_or("");
        if !is_given_name(first_part) || k + 1 >= b {
            return None;
        }
        if let Some(end) = self.signature(k, b) {
            return Some((end, western_person(self.text, &self.tokens[k..end])));
        }
        let mut end = k + 1;
        // A middle initial: "John F. Kennedy".
        if self.word(end).chars().count() == 1 && is_inner_period(self.text, self.tokens, end + 1) {
            end += 2;
        }
        if end >= b {
            return None;
        }
        // "Rep. Jim Jordan": a one-word place that ends the run is a surname after a given name;
        // so is a title word where the clause goes on ("said Frank King, a party organizer").
        let surname_place = end + 1 == b
            && self.known_place(end).is_some_and(|((m, _), ..)| m == end + 1)
            && !is_title_word(self.text, self.tokens[end])
            && self.known_organization(end).is_none();
        let surname_title = is_title_word(self.text, self.tokens[end])
            && !is_inner_period(self.text, self.tokens, end + 1)
            && self.second_surname(end, b);
        if self.is_known_word(end) && !surname_place && !surname_title {
            return None;
        }
        end += 1;
        // Particles and further name words: "Mohammed bin Abdulrahman Al Thani".
        while end < b && end - k < WESTERN_NAME_MAX && !self.is_known_word(end) {
            let particle = with_lowercase(self.word(end), |w| NAME_PARTICLES.contains(&w));
            if particle && end + 1 < b {
                end += 2;
            } else if particle || !self.tokens[end].is_capitalized(self.text) {
                break;
            } else if self
                .tokens
                .get(end - 1)
                .is_some_and(|t| NAME_PARTICLES.contains(&lower(self.text, *t).as_str()))
                || self.second_surname(end, b)
                || self.tagged_name_chain(end, b)
            {
                end += 1;
            } else {
                break;
            }
        }
        Some((end, western_person(self.text, &self.tokens[k..end])))
    }

    /// Rule `signature`: a name that signs a quotation after a dash ("“…” ― Ana B Soto
    /// Marquez.") is the whole run of capitalised words when the run ends the line (past a
    /// full stop) and holds no more words than a name: the end of the run.
    fn signature(&self, k: usize, b: usize) -> Option<usize> {
        if !dash_after_quotation(self.text, self.tokens, k) {
            return None;
        }
        // The run within the line.
        let breaks = |i: usize| {
            let gap = self.text.get(self.tokens[i - 1].span.end..self.tokens[i].span.start);
            gap.is_some_and(|gap| gap.contains('\n'))
        };
        let b = (k + 1..b).find(|&i| breaks(i)).unwrap_or(b);
        let words = (k..b).filter(|&i| self.tokens[i].is_word()).count();
        let all_names = (k..b).all(|i| {
            let t = self.tokens[i];
            t.is_word() && t.is_capitalized(self.text) || is_inner_period(self.text, self.tokens, i)
        });
        let mut next = b;
        if self.tokens.get(next).is_some_and(|t| t.is_mark(self.text, '.')) {
            next += 1;
        }
        let line_ends = match (self.tokens.get(b - 1), self.tokens.get(next)) {
            (_, None) => true,
            (Some(last), Some(t)) => {
                self.text.get(last.span.end..t.span.start).is_some_and(|gap| gap.contains('\n'))
            }
            (None, Some(_)) => false,
        };
        (words > 2 && words <= WESTERN_NAME_MAX && all_names && line_ends).then_some(b)
    }

    /// Rule `second_surname`: the capitalised word after a name's surname is a name word too
    /// ("Maria Lopez Herrera", "Ruth Bader Ginsburg") when it ends the run of capitalised words
    /// and the clause goes on after it on the same line: a comma, a closing mark, or a
    /// lowercase word other than those a title-case headline leaves in lower case ("Donald
    /// Trump Wins" at a line's end and "Mike Pence Calls for …" are headlines), or one of those
    /// when the tagger reads the word as a proper noun (`tagged_proper_noun`). Not across
    /// hyphens ("Sanders T-shirts", "Ford-Rockefeller Republicans"), nor "I" ("… Eastland I've").
    fn second_surname(&self, i: usize, b: usize) -> bool {
        let (Some(&word), Some(&next)) = (self.tokens.get(i), self.tokens.get(i + 1)) else {
            return false;
        };
        let raw = self.word(i);
        let between = self.text.get(word.span.end..next.span.start).unwrap_or("\n");
        let next_word = next.text(self.text);
        let hyphenated = raw.contains('-') || i > 0 && self.word(i - 1).contains('-');
        i + 1 == b
            && word.is_capitalized(self.text)
            && !hyphenated
            && raw.split(['\'', '\u{2019}']).next() != Some("I")
            && !super::names::is_not_name(&raw.to_lowercase())
            && !between.contains('\n')
            && (next.is_mark(self.text, ',')
                || next.is_mark(self.text, ')')
                || next.is_mark(self.text, ';')
                || next_word.starts_with(char::is_lowercase)
                    && (!TITLE_CASE_LOWER.contains(&next_word) || self.tagged_proper_noun(i)))
    }

    /// Rule `tagged_name_chain`: inside a run of capitalised words, a further word after a
    /// name's surname is a name word too when the tagger reads it and the word before it as
    /// proper nouns in running text, and the run goes on past it with another such word or
    /// ends there on the same line ("Andrés Manuel López Obrador", "José Luis Rodríguez
    /// Zapatero"). Headlines are not tagged, so "Donald Trump Wins Nomination" is no name.
    fn tagged_name_chain(&self, i: usize, b: usize) -> bool {
        i > 0
            && i < b
            && self.tokens[i].is_capitalized(self.text)
            && !self.word(i).contains('-')
            && self.tagged_proper_noun(i - 1)
            && self.tagged_proper_noun(i)
            && (i + 1 == b && self.second_surname(i, b)
                || i + 1 < b && self.tagged_proper_noun(i + 1))
    }

    /// Whether the tagger reads word `i` as a proper noun in the body's running text: then a
    /// lowercase word a headline would leave in lower case ("… met with Enrique Peña Nieto on
    /// Wednesday") does not make it a headline's word. Words outside tagged sentences (a
    /// headline, a caption) have no tag, and the capitalisation rule stands alone.
    fn tagged_proper_noun(&self, i: usize) -> bool {
        let Some(word) = self.tokens.get(i) else { return false };
        let mut in_doc = self.doc.tokens_in(word.span);
        in_doc.len() == 1
            && in_doc.next().and_then(|t| self.doc.upos(t)) == Some(dateline_syntax::Upos::Propn)
    }

    /// `long_chunk`: more unknown capitalised words than a name has ("New York City Public
    /// Advocate Trish James said", "said Senate Minority Whip Dick Durbin"): with evidence of a
    /// person at either end, the name is the last two words (three with a middle initial);
    /// the words before are the role. Without evidence nothing is kept.
    pub(super) fn close_long_chunk(&self, u: usize, e: usize, titled: bool, raws: &mut Vec<Raw>) {
        let word_tokens: Vec<usize> = (u..e).filter(|&i| self.tokens[i].is_word()).collect();
        let Some(&last) = word_tokens.last() else { return };
        let mut take = 2;
        // "Edwin G. Monroy": a middle initial joins the given name.
        if word_tokens.len() >= 3 {
            let second = word_tokens[word_tokens.len() - 2];
            if self.word(second).chars().count() == 1 {
                take = 3;
            }
        }
        if word_tokens.len() <= take {
            return;
        }
        let start = word_tokens[word_tokens.len() - take];
        let evidence = titled
            || appositive_after(self.text, self.tokens, e).is_some()
            || cue_evidence(self.text, self.tokens, start, e)
            || cue_evidence(self.text, self.tokens, u, e)
            || nickname_within(self.text, &self.tokens[start..e]);
        if !evidence || last + 1 != e {
            return;
        }
        let span = self.span(start, e);
        let person = western_person(self.text, &self.tokens[start..e]);
        raws.push(Raw { span, kind: RawKind::Person(person), modifier: false, roles: vec![] });
    }
}

pub(super) fn western_person(text: &str, tokens: &[Token]) -> PersonName {
    let words: Vec<String> =
        tokens.iter().filter(|t| t.is_word()).map(|t| fold(t.text(text))).collect();
    // The surname, not a generational suffix: "Newkirk" for "Vann R. Newkirk II".
    let surname = match words.as_slice() {
        [.., surname, last] if GENERATIONAL_SUFFIXES.contains(&last.as_str()) => surname,
        [.., last] => last,
        [] => "",
    };
    PersonName { key: words.join(" "), short: surname.to_string() }
}

/// Whether a lowercase word is a listed given name, as written or without its diacritics
/// ("josé", "andrés", "łukasz" match "jose", "andres", "lukasz").
pub(super) fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word) || without_diacritics(word).is_some_and(|w| GIVEN_NAMES.contains(&w))
}

/// Suffixes that follow a surname ("Vann R. Newkirk II", "Martin Luther King Jr."): part of
/// the name, never an acronym nor the short form.
pub(super) const GENERATIONAL_SUFFIXES: &[&str] = &["ii", "iii", "iv", "jr", "sr"];

/// The most words a name may have ("Mohammed bin Abdulrahman Al Thani").
pub(super) const WESTERN_NAME_MAX: usize = 6;

/// Words a title-case headline leaves in lower case (and "this", "that": "… Breakfast this
/// morning"); after one, a capitalised word is more likely the headline's than a name's.
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "for", "to", "of", "in", "on", "at", "by", "from",
    "with", "as", "into", "over", "vs", "this", "that",
];

#[cfg(test)]
mod tests {
    use super::super::scan::{found, pairs, scan};
    use super::*;
    use crate::doc::Doc;
    use crate::Span;

    #[test]
    fn nickname_a_quoted_nickname_is_read_past_and_is_evidence_of_a_name() {
        assert_eq!(
            found("Zorba \"Zee\" Quenton waved."),
            pairs(&[("Zorba \"Zee\" Quenton", "person")])
        );
        assert_eq!(found("Zorba Quenton waved."), pairs(&[("Zorba Quenton", "candidate")]));
        // A quoted title-case word before more capitalised words is no nickname.
        assert_eq!(
            found("Mayor Calls ‘Reckless’ Budget Plan Unfair")
                .iter()
                .filter(|f| f.0.contains('‘'))
                .count(),
            0
        );
    }

    #[test]
    fn korean_given_names_written_with_spaces_stop_after_two_syllables() {
        assert_eq!(
            found("Kim Jong Un Reaches Special Partnership"),
            pairs(&[("Kim Jong Un", "person"), ("Reaches Special Partnership", "candidate")])
        );
    }

    #[test]
    fn a_generational_suffix_ends_a_name_and_is_not_its_short_form() {
        let text = "“No,” Odell R. Farnsby II, a writer for the paper, said.";
        let s = scan(&Doc::new(text), Span::new(0, text.len()));
        let person = s.raws.iter().find_map(|r| match &r.kind {
            RawKind::Person(p) => Some((r.span.of(text), p.short.as_str())),
            _ => None,
        });
        assert_eq!(person, Some(("Odell R. Farnsby II", "farnsby")));
    }

    #[test]
    fn english_given_names_open_a_name() {
        let got = found("they called on Howard Dean to quit");
        assert_eq!(got, pairs(&[("Howard Dean", "person")]));
    }

    #[test]
    fn a_signature_after_a_dash_is_the_whole_run_to_the_line_end() {
        let got = found("“It will pass.” ― Julia B. Soto Marquez.");
        assert_eq!(got, pairs(&[("Julia B. Soto Marquez", "person")]));
        let got = found("“It will pass.” ― Carla N Luis Oliveda\nand so on.");
        assert_eq!(got, pairs(&[("Carla N Luis Oliveda", "person")]));
        // Not when the run goes on in the sentence: "― Julia Soto Marquez Wins" is cut as before.
        let got = found("“It will pass.” ― Julia Soto said Marquez Group would.");
        assert!(got.iter().any(|(name, _)| name == "Julia Soto"), "{got:?}");
    }

    #[test]
    fn a_second_surname_joins_the_name_where_the_clause_goes_on() {
        let got = found("“No,” said Maria L. Lopez Herrera, a councillor.");
        assert_eq!(got, pairs(&[("Maria L. Lopez Herrera", "person")]));
        let got = found("Justice Ruth Bader Ginsburg wrote the opinion");
        assert_eq!(got, pairs(&[("Ruth Bader Ginsburg", "person")]));
        // A title word can be that surname ("King"); "Del." (a delegate) stays apart from the
        // name after it, and "Del" without a period is a particle.
        assert_eq!(found("said Frank King, a party organizer"), pairs(&[("Frank King", "person")]));
        let got = found("said Del. Rosa Marquez, who");
        assert_eq!(got.last(), Some(&("Rosa Marquez".to_string(), "person")));
        let got = found("said Tom Del Beccaro, a former chairman");
        assert_eq!(got, pairs(&[("Tom Del Beccaro", "person")]));
        // A headline's words are not a name's: at the end of a line, before a word a title-case
        // headline leaves in lower case, across a hyphen, a weekday, "I".
        let person = |text: &str| found(text).first().map(|(name, _)| name.clone());
        assert_eq!(person("Donald Trump Wins\nThe race"), Some("Donald Trump".to_string()));
        assert_eq!(person("Mike Pence Calls for a vote"), Some("Mike Pence".to_string()));
        assert_eq!(person("as Bernie Sanders T-shirts showed"), Some("Bernie Sanders".into()));
        assert_eq!(person("Elizabeth Warren Wednesday said"), Some("Elizabeth Warren".into()));
        assert_eq!(person("said Jim Eastland I’ve heard"), Some("Jim Eastland".to_string()));
    }

    #[test]
    fn a_long_chunk_with_evidence_ends_with_the_name() {
        let got = found("“Yes,” said Senate Minority Whip Dick Durbin.");
        assert_eq!(got, pairs(&[("Dick Durbin", "person")]));
        let got = found("Big City Public Advocate Edwin G. Monroy said so.");
        assert_eq!(got, pairs(&[("Edwin G. Monroy", "person")]));
        assert!(found("Big City Public Advocate Trish James slept.").is_empty());
    }

    #[test]
    fn name_particles_and_titles_with_of_keep_names_whole() {
        assert_eq!(
            found("Prime Minister Mohammed bin Abdulrahman Al Thani said"),
            pairs(&[("Mohammed bin Abdulrahman Al Thani", "person")])
        );
        assert_eq!(
            found("U.S. Secretary of State Marco Rubio said"),
            pairs(&[("U.S.", "place"), ("Marco Rubio", "person")])
        );
    }
}
