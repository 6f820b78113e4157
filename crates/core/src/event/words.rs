//! The event rules' view of a [`Doc`]: the words of a sentence with their byte spans, and
//! bounded look-arounds.
//!
//! The words are the doc's rejoined words ([`Doc::words_in`]: "Jae-in", "don't", "U.S.",
//! "10:30"), a possessive joined to its word ("Moon's"). Punctuation that ends a clause is kept
//! as its own token so rules can stop there; other marks (periods among them) are left out.

use crate::doc::words::WordKind;
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

/// The words and clause breaks of `span` of the doc's text, from the doc's rejoined words
/// ([`Doc::words_in`]): a possessive `'s` joins its word, other marks are left out.
pub fn tokens(doc: &Doc<'_>, span: Span) -> Vec<Token> {
    let text = doc.text();
    let words = doc.words_in(span);
    let mut out: Vec<Token> = Vec::with_capacity(words.len());
    for w in words {
        match w.kind {
            WordKind::Word => out.push(Token { span: w.span, kind: TokenKind::Word }),
            // "Moon's" is one word here; a plural's lone apostrophe is left out.
            WordKind::Possessive => {
                let s = w.text(text).chars().count() > 1;
                if let Some(last) = out.last_mut().filter(|t| s && t.span.end == w.span.start) {
                    last.span = Span::new(last.span.start, w.span.end);
                }
            }
            WordKind::Mark if is_break(w.text(text)) => {
                out.push(Token { span: w.span, kind: TokenKind::Break })
            }
            WordKind::Mark => {}
        }
    }
    out
}

/// Whether a mark is one where a clause or phrase may end.
fn is_break(mark: &str) -> bool {
    mark.starts_with([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '[', ']'])
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
    fn possessives_join_their_word_and_a_plural_s_apostrophe_is_left_out() {
        assert_eq!(texts("Moon's aides' trust"), ["Moon's", "aides", "trust"]);
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
            ["Mr", "Kim", "didn't", "meet", "U.S.", "envoys", "at", "10:30", "문재인"]
        );
    }

    #[test]
    fn spans_outside_the_text_give_no_tokens() {
        assert!(tokens(&Doc::new("abc"), Span::new(2, 9)).is_empty());
    }
}
