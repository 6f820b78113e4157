//! The entity and quote scanners' view of a [`Doc`]: words and marks of a span.
//!
//! Names are read across the doc's glued tokens: each blank-free stretch is read as words
//! (letters and digits joined by inner hyphens and apostrophes: "Jae-in", "shouldn't",
//! "Covid-19"), a dotted acronym ("U.S.", one word), a possessive ("Moon's" is `Moon` then
//! `'s`) and single marks, among them an initial's period ("S." is `S` then `.`) and a sentence
//! end. Linear in the length of the span.

use crate::doc::{is_apostrophe, Doc};
use crate::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner hyphens and apostrophes ("Jong-Un"), or a dotted acronym.
    Word,
    /// A possessive ending, `'s`, `’s` or a lone apostrophe after a plural ("leaders’").
    Possessive,
    /// Any other single non-blank character.
    Mark,
}

/// One token: where it is and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }

    pub fn is_word(self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether the token is this one mark.
    pub fn is_mark(self, text: &str, mark: char) -> bool {
        self.kind == TokenKind::Mark && self.text(text).starts_with(mark)
    }

    /// Whether the word starts with an uppercase letter (or is a digit-led word like "Covid-19"
    /// it is not).
    pub fn is_capitalized(self, text: &str) -> bool {
        self.is_word() && self.text(text).chars().next().is_some_and(char::is_uppercase)
    }
}

/// The words and marks of `span` of the doc's text. Never panics; a span that does not fit the
/// text gives none.
pub fn words(doc: &Doc<'_>, span: Span) -> Vec<Token> {
    let text = doc.text();
    // About one word per doc token: one allocation for most sentences.
    let mut out = Vec::with_capacity(doc.tokens_in(span).len() + 1);
    let mut chars: Vec<(usize, char)> = Vec::new();
    for stretch in doc.stretches_in(span) {
        let slice = stretch.span.of(text);
        let base = stretch.span.start;
        // What follows the stretch within the span (blanks, then the next stretch).
        let mut after = text.get(stretch.span.end..span.end).unwrap_or("").chars();
        if slice.is_ascii() {
            // Nearly every stretch: its characters are its bytes, read in place.
            let bytes = slice.as_bytes();
            let at = |i: usize| bytes.get(i).map(|&b| char::from(b));
            let offset = |i: usize| base + i.min(bytes.len());
            read_stretch(at, offset, &mut after, &mut out);
        } else {
            chars.clear();
            chars.extend(slice.char_indices());
            let at = |i: usize| chars.get(i).map(|&(_, c)| c);
            let offset = |i: usize| base + chars.get(i).map_or(slice.len(), |&(o, _)| o);
            read_stretch(at, offset, &mut after, &mut out);
        }
    }
    out
}

/// Reads one stretch, its `i`-th character given by `at` and its byte offset in the text by
/// `offset`; `after` is what follows it within the span.
fn read_stretch(
    at: impl Fn(usize) -> Option<char>,
    offset: impl Fn(usize) -> usize,
    after: &mut std::str::Chars<'_>,
    out: &mut Vec<Token>,
) {
    let mut i = 0;
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let start = i;
            i += 1;
            // A word: letters and digits, joined by inner hyphens or apostrophes, but a
            // possessive "'s" at the end is split off.
            while let Some(c) = at(i) {
                if c.is_alphanumeric() {
                    i += 1;
                } else if (c == '-' || c == '‑') && at(i + 1).is_some_and(char::is_alphanumeric) {
                    i += 2;
                } else if is_apostrophe(c) && at(i + 1).is_some_and(char::is_alphabetic) {
                    let possessive = matches!(at(i + 1), Some('s' | 'S'))
                        && !at(i + 2).is_some_and(char::is_alphanumeric);
                    if possessive {
                        break;
                    }
                    i += 2;
                } else {
                    break;
                }
            }
            // A dotted acronym: single letters each followed by a period ("U.S.", "U.N.").
            if i == start + 1 && c.is_uppercase() && at(i) == Some('.') {
                let mut j = i;
                let mut letters = 1;
                while at(j) == Some('.')
                    && at(j + 1).is_some_and(char::is_uppercase)
                    && at(j + 2) == Some('.')
                {
                    j += 2;
                    letters += 1;
                }
                if letters > 1 {
                    i = j + 1;
                }
            }
            out.push(Token { span: Span::new(offset(start), offset(i)), kind: TokenKind::Word });
            continue;
        }
        if is_apostrophe(c) && !out.is_empty() {
            let after_word = i > 0 && at(i - 1).is_some_and(char::is_alphanumeric);
            let s_follows = matches!(at(i + 1), Some('s' | 'S'))
                && !at(i + 2).is_some_and(char::is_alphanumeric);
            if after_word && s_follows {
                out.push(Token {
                    span: Span::new(offset(i), offset(i + 2)),
                    kind: TokenKind::Possessive,
                });
                i += 2;
                continue;
            }
            // "leaders’ trust": a plural possessive, when a word follows after a blank.
            let plural = after_word
                && at(i - 1).is_some_and(|p| p == 's')
                && at(i + 1).is_none()
                && after.next().is_some_and(char::is_whitespace)
                && after.next().is_some_and(char::is_lowercase);
            if plural {
                out.push(Token {
                    span: Span::new(offset(i), offset(i + 1)),
                    kind: TokenKind::Possessive,
                });
                i += 1;
                continue;
            }
        }
        out.push(Token { span: Span::new(offset(i), offset(i + 1)), kind: TokenKind::Mark });
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenize(text: &str, span: Span) -> Vec<Token> {
        words(&Doc::new(text), span)
    }

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len())).iter().map(|t| t.span.of(text)).collect()
    }

    #[test]
    fn hyphenated_given_names_stay_one_word() {
        assert_eq!(
            texts("Moon Jae-in, Kim Jong-Un."),
            ["Moon", "Jae-in", ",", "Kim", "Jong-Un", "."]
        );
    }

    #[test]
    fn possessives_are_split_off_but_contractions_are_not() {
        assert_eq!(texts("Moon's aide shouldn't"), ["Moon", "'s", "aide", "shouldn't"]);
        assert_eq!(texts("Kim’s letter"), ["Kim", "’s", "letter"]);
    }

    #[test]
    fn dotted_acronyms_are_one_word_but_initials_are_not() {
        assert_eq!(
            texts("the U.S. and S. Rajaratnam"),
            ["the", "U.S.", "and", "S", ".", "Rajaratnam"]
        );
    }

    #[test]
    fn quote_marks_are_marks() {
        assert_eq!(texts("“Yes,” he said"), ["“", "Yes", ",", "”", "he", "said"]);
        assert_eq!(texts("'Letters of Friendship'"), ["'", "Letters", "of", "Friendship", "'"]);
    }

    #[test]
    fn the_doc_s_split_pieces_are_rejoined() {
        // The doc splits "Jae - in", "did n't", "Moon 's", keeps "U.S." and "10:30" whole.
        assert_eq!(
            texts("Jae-in didn't see Moon's U.S. aide at 10:30."),
            ["Jae-in", "didn't", "see", "Moon", "'s", "U.S.", "aide", "at", "10", ":", "30", "."]
        );
    }

    #[test]
    fn crlf_and_other_scripts() {
        assert_eq!(texts("Kim\r\n\r\nMoon"), ["Kim", "Moon"]);
        assert_eq!(texts("문재인 대통령은"), ["문재인", "대통령은"]);
    }

    #[test]
    fn a_span_cutting_a_stretch_reads_only_its_part() {
        let text = "Moon Jae-in's aide";
        assert_eq!(
            tokenize(text, Span::new(5, 11)).iter().map(|t| t.span.of(text)).collect::<Vec<_>>(),
            ["Jae-in"]
        );
    }

    #[test]
    fn spans_that_do_not_fit_give_nothing() {
        assert!(tokenize("abc", Span::new(2, 10)).is_empty());
        assert!(tokenize("é", Span::new(1, 2)).is_empty());
    }
}
