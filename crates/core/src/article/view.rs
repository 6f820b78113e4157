//! The article reader's view of a [`Doc`]: words, numbers and single punctuation marks.
//!
//! The date finder and the known-facts matcher both need to look at "the next word" without a
//! regex engine. Each blank-free stretch of the doc's glued tokens is read as runs of letters,
//! runs of ASCII digits ("16:04" is `16` `:` `04`) and single marks ("Feb." is `Feb` `.`,
//! "don't" is `don` `'` `t`); zero-width blanks inside a stretch separate too.

use crate::doc::Doc;
use crate::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// A run of letters (any script) and combining marks.
    Word,
    /// A run of ASCII digits.
    Number,
    /// Any other single non-blank character.
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }

    /// Whether `next` starts right where this token ends (no blank between them).
    pub fn touches(self, next: Token) -> bool {
        self.span.end == next.span.start
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// Combining marks keep scripts such as Devanagari or Arabic vowel signs inside their word.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F)
}

/// The tokens of `span` of the doc's text, in order. A span that does not fit the text has none.
pub(crate) fn tokenize(doc: &Doc<'_>, span: Span) -> Vec<Token> {
    let mut tokens = Vec::new();
    for stretch in doc.stretches_in(span) {
        let base = stretch.span.start;
        let slice = stretch.span.of(doc.text());
        let mut current: Option<(usize, TokenKind)> = None;
        for (i, c) in slice.char_indices() {
            let kind = if super::is_blank(c) {
                None
            } else if c.is_ascii_digit() {
                Some(TokenKind::Number)
            } else if is_word_char(c) {
                Some(TokenKind::Word)
            } else {
                Some(TokenKind::Punct)
            };
            let continues = matches!((current, kind), (Some((_, a)), Some(b)) if a == b && b != TokenKind::Punct);
            if !continues {
                if let Some((start, k)) = current.take() {
                    tokens.push(Token { span: Span::new(base + start, base + i), kind: k });
                }
                if let Some(k) = kind {
                    current = Some((i, k));
                }
            }
            if kind == Some(TokenKind::Punct) {
                let end = i + c.len_utf8();
                tokens
                    .push(Token { span: Span::new(base + i, base + end), kind: TokenKind::Punct });
                current = None;
            }
        }
        if let Some((start, k)) = current {
            tokens.push(Token { span: Span::new(base + start, stretch.span.end), kind: k });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(&Doc::new(text), Span::of_whole(text)).iter().map(|t| t.text(text)).collect()
    }

    trait Whole {
        fn of_whole(text: &str) -> Span;
    }
    impl Whole for Span {
        fn of_whole(text: &str) -> Span {
            Span::new(0, text.len())
        }
    }

    #[test]
    fn words_numbers_and_punctuation_are_separate_tokens() {
        assert_eq!(
            texts("June 13, 2019 16:04 KST"),
            ["June", "13", ",", "2019", "16", ":", "04", "KST"]
        );
    }

    #[test]
    fn non_breaking_spaces_separate_tokens() {
        assert_eq!(texts("CNBC\u{a0}reported"), ["CNBC", "reported"]);
    }

    #[test]
    fn other_scripts_make_words() {
        assert_eq!(texts("2019년 6월"), ["2019", "년", "6", "월"]);
        assert_eq!(texts("Feb. 28, 16:04"), ["Feb", ".", "28", ",", "16", ":", "04"]);
        assert_eq!(texts("سيول اليوم"), ["سيول", "اليوم"]);
    }

    #[test]
    fn a_span_that_does_not_fit_has_no_tokens() {
        assert!(tokenize(&Doc::new("abc"), Span::new(2, 9)).is_empty());
    }
}
