//! Words of a sentence with their byte spans: the unit the event rules look at.
//!
//! A word is a run of letters, digits, apostrophes and inner hyphens ("Jae-in", "don't",
//! "U.S." is three pieces joined by the caller's look-ups). Punctuation that ends a clause is
//! kept as its own token so rules can stop there.

use crate::Span;

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// `,` `;` `:` `—` `–` `(` `)` and quotation marks: where a clause or phrase may end.
    Break,
}

/// Splits `span` of `text` into words and clause breaks, in one pass.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let Some(slice) = text.get(span.start..span.end) else { return Vec::new() };
    let mut out = Vec::new();
    let mut word_start: Option<usize> = None;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let inner_joiner = matches!(c, '-' | '\'' | '’')
            && word_start.is_some()
            && next.is_some_and(char::is_alphanumeric);
        if c.is_alphanumeric() || inner_joiner {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            out.push(Token {
                span: Span::new(span.start + start, span.start + i),
                kind: TokenKind::Word,
            });
        }
        if matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '"' | '“' | '”' | '[' | ']')
        {
            out.push(Token {
                span: Span::new(span.start + i, span.start + i + c.len_utf8()),
                kind: TokenKind::Break,
            });
        }
    }
    if let Some(start) = word_start {
        out.push(Token { span: Span::new(span.start + start, span.end), kind: TokenKind::Word });
    }
    out
}

/// The token's text, lowercased, with curly apostrophes made straight.
pub fn folded(text: &str, token: &Token) -> String {
    token.span.of(text).to_lowercase().replace('’', "'")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len())).iter().map(|t| t.span.of(text)).collect()
    }

    #[test]
    fn hyphenated_names_and_contractions_stay_one_word() {
        assert_eq!(texts("Moon Jae-in didn’t go."), ["Moon", "Jae-in", "didn’t", "go"]);
    }

    #[test]
    fn clause_punctuation_is_kept_as_breaks() {
        assert_eq!(
            texts("Kim, who met Moon; left"),
            ["Kim", ",", "who", "met", "Moon", ";", "left"]
        );
    }

    #[test]
    fn leading_and_trailing_hyphens_are_not_part_of_words() {
        assert_eq!(texts("-war- 1950-53"), ["war", "1950-53"]);
    }

    #[test]
    fn spans_outside_the_text_give_no_tokens() {
        assert!(tokens("abc", Span::new(2, 9)).is_empty());
    }
}
