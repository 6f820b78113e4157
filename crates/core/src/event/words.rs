//! The event rules' view of a [`Doc`]: the words of a sentence with their byte spans, and
//! bounded look-arounds.
//!
//! The doc's glued tokens are read back into words: a word is a run of letters, digits,
//! apostrophes and inner hyphens ("Jae-in", "don't"; "U.S." is the two words `U` `S`, which the
//! look-ups join). Punctuation that ends a clause is kept as its own token so rules can stop
//! there; other marks (periods among them) are left out.

use crate::doc::Doc;
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

/// The words and clause breaks of `span` of the doc's text, stretch by stretch.
pub fn tokens(doc: &Doc<'_>, span: Span) -> Vec<Token> {
    let text = doc.text();
    // At most about one token per doc token: one allocation for most sentences.
    let mut out = Vec::with_capacity(doc.tokens_in(span).len() + 1);
    for stretch in doc.stretches_in(span) {
        let slice = stretch.span.of(text);
        if slice.is_ascii() {
            // Nearly every stretch: its characters are its bytes.
            let chars = slice.bytes().enumerate().map(|(i, b)| (i, char::from(b)));
            read_stretch(chars, stretch.span, &mut out);
        } else {
            read_stretch(slice.char_indices(), stretch.span, &mut out);
        }
    }
    out
}

/// Reads the words and breaks of one stretch (at `stretch` of the text) from its characters
/// with their byte offsets in it.
fn read_stretch(chars: impl Iterator<Item = (usize, char)>, stretch: Span, out: &mut Vec<Token>) {
    let base = stretch.start;
    let mut word_start: Option<usize> = None;
    let mut iter = chars.peekable();
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
            out.push(Token { span: Span::new(base + start, base + i), kind: TokenKind::Word });
        }
        if matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '"' | '“' | '”' | '[' | ']')
        {
            out.push(Token {
                span: Span::new(base + i, base + i + c.len_utf8()),
                kind: TokenKind::Break,
            });
        }
    }
    if let Some(start) = word_start {
        out.push(Token { span: Span::new(base + start, stretch.end), kind: TokenKind::Word });
    }
}

/// At most `max` bytes of `text` ending at `at` (fewer, to keep a character whole). The event
/// rules look only this far around a name or trigger, so each look costs a constant and a
/// whole article stays linear however long its sentences are.
pub fn before(text: &str, at: usize, max: usize) -> &str {
    let at = at.min(text.len());
    let mut from = at.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..at).unwrap_or("")
}

/// At most `max` bytes of `text` starting at `at` (fewer, to keep a character whole).
pub fn after(text: &str, at: usize, max: usize) -> &str {
    let at = at.min(text.len());
    let mut to = (at + max).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    text.get(at..to).unwrap_or("")
}

/// The items (sorted by start) that start inside `span`, found by binary search; callers
/// check that each also ends inside.
pub fn starting_in<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> &[T] {
    let from = items.partition_point(|t| span_of(t).start < span.start);
    let to = items.partition_point(|t| span_of(t).start < span.end).max(from);
    &items[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokens(&Doc::new(text), Span::new(0, text.len())).iter().map(|t| t.span.of(text)).collect()
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
    fn windows_keep_characters_whole_and_stay_in_the_text() {
        let text = "한국 said";
        assert_eq!(before(text, 6, 4), "국");
        assert_eq!(after(text, 0, 4), "한");
        assert_eq!(after(text, 100, 4), "");
        assert_eq!(before(text, 0, 4), "");
    }

    #[test]
    fn starting_in_finds_the_items_that_start_within_a_span() {
        let spans = [Span::new(0, 2), Span::new(3, 5), Span::new(6, 9), Span::new(10, 12)];
        assert_eq!(starting_in(&spans, Span::new(3, 9), |s| *s), &spans[1..3]);
        assert!(starting_in(&spans, Span::new(13, 20), |s| *s).is_empty());
        assert_eq!(starting_in(&spans, Span::new(1, 4), |s| *s), &spans[1..2]);
    }

    #[test]
    fn the_doc_s_pieces_are_rejoined_and_periods_left_out() {
        assert_eq!(
            texts("Mr. Kim didn't meet U.S. envoys at 10:30.\r\n문재인"),
            ["Mr", "Kim", "didn't", "meet", "U", "S", "envoys", "at", "10", ":", "30", "문재인"]
        );
    }

    #[test]
    fn spans_outside_the_text_give_no_tokens() {
        assert!(tokens(&Doc::new("abc"), Span::new(2, 9)).is_empty());
    }
}
