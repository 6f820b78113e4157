//! A finer reading of a [`Doc`]'s tokens, for rules written over letters, digits and marks
//! (the dateline finder, the temporal tagger): each blank-free stretch of glued tokens is cut at
//! every change between letters, ASCII digits and other characters. "10:30" is `10` `:` `30`,
//! "1990s" is `1990` `s`, "Feb." is `Feb` `.`, "mid-May" is `mid` `-` `May`. Apostrophes
//! between letters either join them ("year's", "don't" as one piece: the tagger's reading) or
//! are marks of their own (`year` `'` `s`).

use super::tokenize::{is_apostrophe, is_combining_mark, is_invisible};
use super::Doc;
use crate::Span;

/// What a piece is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PieceKind {
    /// Letters of any script and combining marks (with inner apostrophes, when they join).
    Word,
    /// ASCII digits.
    Number,
    /// Any other single character.
    Punct,
}

/// One piece: where it is, what it is, and what comes before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    pub kind: PieceKind,
    /// White space (or the start of the text) comes right before the piece; only the first
    /// piece of a stretch can be spaced.
    pub spaced: bool,
    /// A line break comes right before the piece.
    pub line_break: bool,
}

impl Piece {
    /// The piece's text.
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }

    /// Whether `next` starts right where this piece ends (no blank between them).
    pub fn touches(self, next: Piece) -> bool {
        self.span.end == next.span.start
    }
}

fn is_letter(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

impl Doc<'_> {
    /// The pieces of the stretches that overlap `span` (clipped to it), left to right, in
    /// linear time. `apostrophes_join`: an apostrophe with a letter on both sides stays inside
    /// the word. Zero-width characters separate pieces and are none themselves. A span that does
    /// not fit the text has none.
    pub fn pieces(&self, span: Span, apostrophes_join: bool) -> Vec<Piece> {
        let text = self.text();
        let tokens = self.tokens_in(span).len();
        let mut out = Vec::with_capacity(tokens + tokens / 4 + 1);
        for stretch in self.stretches_in(span) {
            let first = self.token(stretch.tokens.start);
            let mut spaced = first.is_some_and(|t| t.spaced);
            let mut line_break = first.is_some_and(|t| t.line_break);
            let base = stretch.span.start;
            let slice = stretch.span.of(text);
            let mut chars = slice.char_indices().peekable();
            while let Some((start, c)) = chars.next() {
                if is_invisible(c) {
                    continue;
                }
                let (kind, end) = if c.is_ascii_digit() {
                    let mut end = start + 1;
                    while let Some(&(i, d)) = chars.peek().filter(|(_, d)| d.is_ascii_digit()) {
                        end = i + d.len_utf8();
                        chars.next();
                    }
                    (PieceKind::Number, end)
                } else if is_letter(c) {
                    let mut end = start + c.len_utf8();
                    while let Some(&(i, d)) = chars.peek() {
                        let joins = is_letter(d)
                            || (apostrophes_join
                                && is_apostrophe(d)
                                && slice[i + d.len_utf8()..].chars().next().is_some_and(is_letter));
                        if !joins {
                            break;
                        }
                        end = i + d.len_utf8();
                        chars.next();
                    }
                    (PieceKind::Word, end)
                } else {
                    (PieceKind::Punct, start + c.len_utf8())
                };
                out.push(Piece {
                    span: Span::new(base + start, base + end),
                    kind,
                    spaced,
                    line_break,
                });
                spaced = false;
                line_break = false;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, apostrophes_join: bool) -> Vec<&str> {
        let doc = Doc::new(text);
        let pieces = doc.pieces(Span::new(0, text.len()), apostrophes_join);
        pieces.iter().map(|p| p.text(text)).collect()
    }

    #[test]
    fn words_numbers_and_marks_are_separate_pieces() {
        assert_eq!(
            texts("June 13, 2019 16:04 KST", false),
            ["June", "13", ",", "2019", "16", ":", "04", "KST"]
        );
        assert_eq!(texts("Feb. 28, 2019", true), ["Feb", ".", "28", ",", "2019"]);
        assert_eq!(texts("1950-53 the 1990s", true), ["1950", "-", "53", "the", "1990", "s"]);
        assert_eq!(
            texts("at 10:30 a.m. on 6/13", true),
            ["at", "10", ":", "30", "a", ".", "m", ".", "on", "6", "/", "13"]
        );
    }

    #[test]
    fn apostrophes_join_letters_only_when_asked() {
        assert_eq!(texts("last year's rally", true), ["last", "year's", "rally"]);
        assert_eq!(texts("I don't", true), ["I", "don't"]);
        assert_eq!(texts("the year\u{2019}s end", true), ["the", "year\u{2019}s", "end"]);
        assert_eq!(texts("the players' union", true), ["the", "players", "'", "union"]);
        assert_eq!(texts("last year's", false), ["last", "year", "'", "s"]);
    }

    #[test]
    fn spacing_and_line_breaks_are_those_of_the_stretch() {
        let text = "mid-May\r\nnow";
        let doc = Doc::new(text);
        let p = doc.pieces(Span::new(0, text.len()), true);
        assert!(p[0].spaced && !p[1].spaced && !p[2].spaced);
        assert!(p[3].line_break && p[3].spaced);
        assert!(p[1].touches(p[2]) && !p[2].touches(p[3]));
    }

    #[test]
    fn other_scripts_and_blanks() {
        assert_eq!(texts("2019년 6월", false), ["2019", "년", "6", "월"]);
        assert_eq!(texts("سيول اليوم", false), ["سيول", "اليوم"]);
        assert_eq!(texts("CNBC\u{a0}reported", false), ["CNBC", "reported"]);
        assert_eq!(texts("Kim\u{200b}Jong", false), ["Kim", "Jong"]);
        assert_eq!(texts("Se\u{301}oul", false), ["Se\u{301}oul"]);
    }

    #[test]
    fn a_span_that_does_not_fit_has_no_pieces() {
        assert!(Doc::new("abc").pieces(Span::new(2, 9), false).is_empty());
        assert!(Doc::new("é").pieces(Span::new(1, 2), false).is_empty());
    }
}
