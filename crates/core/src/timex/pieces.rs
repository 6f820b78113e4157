//! The temporal tagger's view of a [`Doc`]: its rules read numbers and words finer than the
//! doc's tokens, so each blank-free stretch of glued tokens is read as pieces: runs of letters
//! (with inner apostrophes, so "year's" and "don't" are one piece), runs of ASCII digits ("10:30"
//! is `10` `:` `30`, "1990s" is `1990` `s`) and single other characters ("Feb." is `Feb` `.`).
//! Each piece keeps the spacing and line break of the doc token it starts; the pieces of a
//! stretch are glued. Nothing is copied per piece: the lowercased form is read from the doc's
//! lowercased text, which keeps byte offsets.

use crate::doc::Doc;
use crate::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters, possibly with inner apostrophes ("year's", "o'clock").
    Word,
    /// ASCII digits only.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// One token: `start..end` bytes of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// Whitespace (or the text's start) comes right before the token.
    pub spaced: bool,
    /// A blank line or a line break comes right before the token: a new paragraph or line,
    /// which ends a sentence for tense and for multi-token expressions.
    pub line_break: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// The pieces of every stretch of `doc`, left to right, in linear time.
pub(crate) fn pieces(doc: &Doc<'_>) -> Vec<Token> {
    let text = doc.text();
    let mut tokens = Vec::with_capacity(doc.len() + doc.len() / 4 + 1);
    for stretch in doc.stretches_in(Span::new(0, text.len())) {
        let first = doc.token(stretch.tokens.start);
        let mut spaced = first.is_some_and(|t| t.spaced);
        let mut line_break = first.is_some_and(|t| t.line_break);
        let base = stretch.span.start;
        let slice = stretch.span.of(text);
        let mut chars = slice.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            let (kind, end) = if c.is_ascii_digit() {
                let mut end = start + 1;
                while let Some(&(i, d)) = chars.peek() {
                    if !d.is_ascii_digit() {
                        break;
                    }
                    end = i + 1;
                    chars.next();
                }
                (TokenKind::Number, end)
            } else if c.is_alphabetic() {
                let mut end = start + c.len_utf8();
                while let Some(&(i, d)) = chars.peek() {
                    if d.is_alphabetic() {
                        end = i + d.len_utf8();
                        chars.next();
                    } else if is_apostrophe(d) {
                        // An apostrophe joins letters only when a letter follows it ("year's").
                        let after =
                            slice.get(i + d.len_utf8()..).and_then(|rest| rest.chars().next());
                        if after.is_some_and(char::is_alphabetic) {
                            end = i + d.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                (TokenKind::Word, end)
            } else {
                (TokenKind::Punct, start + c.len_utf8())
            };
            tokens.push(Token { start: base + start, end: base + end, kind, spaced, line_break });
            spaced = false;
            line_break = false;
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokenize(text: &str) -> Vec<Token> {
        pieces(&Doc::new(text))
    }

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn words_numbers_and_punctuation_are_separate_tokens() {
        assert_eq!(texts("Feb. 28, 2019"), ["Feb", ".", "28", ",", "2019"]);
        assert_eq!(texts("1950-53"), ["1950", "-", "53"]);
        assert_eq!(texts("the 1990s"), ["the", "1990", "s"]);
        assert_eq!(
            texts("at 10:30 a.m. on 6/13"),
            ["at", "10", ":", "30", "a", ".", "m", ".", "on", "6", "/", "13"]
        );
        assert_eq!(texts("I don't"), ["I", "don't"]);
    }

    #[test]
    fn inner_apostrophes_stay_in_the_word_but_trailing_ones_do_not() {
        assert_eq!(texts("last year's rally"), ["last", "year's", "rally"]);
        assert_eq!(texts("the players' union"), ["the", "players", "'", "union"]);
        assert_eq!(texts("the year\u{2019}s end"), ["the", "year\u{2019}s", "end"]);
    }

    #[test]
    fn spacing_and_line_breaks_are_recorded() {
        let t = tokenize("mid-May\nnow");
        assert!(t[0].spaced && !t[1].spaced && !t[2].spaced);
        assert!(t[3].line_break && t[3].spaced);
    }

    #[test]
    fn non_latin_scripts_are_words_and_offsets_are_bytes() {
        let text = "원문 2019";
        let t = tokenize(text);
        assert_eq!(t[0].kind, TokenKind::Word);
        assert_eq!(&text[t[1].start..t[1].end], "2019");
    }
}
