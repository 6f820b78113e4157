//! A light look at the clause around an expression: does it speak of the future or the past?
//! News reports mostly the past, so "Friday" is the last Friday unless a future marker ("will",
//! "is expected to", "next") is nearer to it than a past one ("said", "was", a verb in -ed).
//! The window is bounded (a dozen tokens each way, stopping at sentence ends), so the look costs
//! constant time per expression.

use super::lexicon::tense;
use super::scan::Scanner;
use super::tokens::TokenKind;

/// The time a clause refers to, as far as its words tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

const WINDOW: usize = 12;

fn ends_sentence(s: &Scanner, i: usize) -> bool {
    s.kind(i) == Some(TokenKind::Punct)
        && matches!(s.raw(i), "." | "!" | "?" | ";" | "\"" | "\u{201c}" | "\u{201d}")
        // A period after an abbreviation ("Feb.", "Mr.") does not end the sentence.
        && !(s.raw(i) == "." && i > 0 && is_abbreviation(s, i - 1))
}

/// A short capitalized word before a period is an abbreviation ("Feb.", "Mr.", "Corp.").
pub(crate) fn is_abbreviation(s: &Scanner, i: usize) -> bool {
    s.kind(i) == Some(TokenKind::Word) && s.w(i).len() <= 4 && s.capitalized(i)
}

fn marker(s: &Scanner, i: usize) -> Option<Tense> {
    if s.kind(i) != Some(TokenKind::Word) {
        return None;
    }
    let w = s.w(i);
    if tense::is_future_marker(w) {
        return Some(Tense::Future);
    }
    if tense::is_past_marker(w)
        || matches!(w, "said" | "told" | "says" | "ago")
        || (w.len() > 4 && w.ends_with("ed"))
    {
        return Some(Tense::Past);
    }
    None
}

/// The tense of the clause around tokens `start..end` (the expression itself excluded).
pub(crate) fn tense_around(s: &Scanner, start: usize, end: usize) -> Tense {
    let mut best: Option<(usize, Tense)> = None;
    // Backwards.
    let mut i = start;
    let mut steps = 0;
    while i > 0 && steps < WINDOW {
        i -= 1;
        steps += 1;
        if ends_sentence(s, i) || tense::is_clause_break(s.w(i)) {
            break;
        }
        // Rule: a deadline preposition right before the date ("by Jan. 14", "as early as
        // Tuesday") points to the future.
        let as_soon_as =
            s.is(i, "as") && i >= 2 && tense::is_earliest_adverb(s.w(i - 1)) && s.is(i - 2, "as");
        if steps == 1 && (tense::is_future_preposition(s.w(i)) || as_soon_as) {
            best = Some((steps, Tense::Future));
            break;
        }
        if let Some(t) = marker(s, i) {
            best = Some((steps, t));
            break;
        }
        if s.line_start(i) {
            break;
        }
    }
    // Forwards.
    let mut i = end;
    let mut steps = 0;
    while i < s.tokens.len() && steps < WINDOW {
        if s.line_start(i) || ends_sentence(s, i) || tense::is_clause_break(s.w(i)) {
            break;
        }
        steps += 1;
        if let Some(t) = marker(s, i) {
            if best.is_none_or(|(d, _)| steps < d) {
                best = Some((steps, t));
            }
            break;
        }
        i += 1;
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense_of(text: &str, word: &str) -> Tense {
        let s = Scanner::new(text, None);
        let i = (0..s.tokens.len()).find(|&i| s.w(i) == word).unwrap();
        tense_around(&s, i, i + 1)
    }

    #[test]
    fn will_makes_a_weekday_future() {
        assert_eq!(tense_of("The board will meet Friday to vote.", "friday"), Tense::Future);
    }

    #[test]
    fn said_makes_a_weekday_past() {
        assert_eq!(tense_of("The company said Friday that profit fell.", "friday"), Tense::Past);
    }

    #[test]
    fn the_nearest_marker_wins() {
        assert_eq!(tense_of("He said the talks will resume Friday.", "friday"), Tense::Future);
        assert_eq!(tense_of("The talks will go on, he said Friday.", "friday"), Tense::Past);
    }

    #[test]
    fn a_deadline_preposition_right_before_the_date_is_future() {
        assert_eq!(tense_of("He must leave by Friday, officials said.", "friday"), Tense::Future);
    }

    #[test]
    fn as_soon_as_a_date_is_future() {
        assert_eq!(
            tense_of("He could come as soon as Tuesday, aides said.", "tuesday"),
            Tense::Future
        );
    }

    #[test]
    fn markers_in_another_sentence_do_not_count() {
        assert_eq!(tense_of("It will rain. Friday is dry", "friday"), Tense::Unknown);
    }
}
