//! The entity and quote scanners' view of a [`Doc`]: words and marks of a span.
//!
//! Names are read over the doc's tokens rejoined into words ([`Doc::words_in`]): inner hyphens
//! and clitics joined ("Jae-in", "shouldn't", "Covid-19"), a dotted acronym one word ("U.S."),
//! a possessive apart ("Moon's" is `Moon` then `'s`), an initial's period a mark of its own
//! ("S." is `S` then `.`), numbers and links whole as the doc has them ("10:30").

pub use crate::doc::words::{Word as Token, WordKind as TokenKind};
use crate::doc::Doc;
use crate::Span;

/// The words and marks of `span` of the doc's text ([`Doc::words_in`]). Never panics; a span
/// that does not fit the text gives none.
pub fn words(doc: &Doc<'_>, span: Span) -> Vec<Token> {
    doc.words_in(span)
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
            ["Jae-in", "didn't", "see", "Moon", "'s", "U.S.", "aide", "at", "10:30", "."]
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
