//! Vague references to the present, past or future: "now", "currently", "recently", "soon",
//! "the past", "the future", "the near future", "recent years", "the coming months", "these
//! days".

use super::super::lexicon::units::Unit;
use super::super::lexicon::{context, references, tense, units};
use super::super::scan::{Found, Scanner};
use super::super::TimexKind;
use super::resolve::text;
use crate::doc::PieceKind;

/// Whether a comma at `i` opens a speech tag closed by another comma (", he says,", ", Ms.
/// Conlin said,").
fn before_a_speech_tag(s: &Scanner, i: usize) -> bool {
    s.punct(i, ',')
        && (i + 2..i + 7).any(|k| {
            tense::is_reporting_verb(s.w(k)) && s.punct(k + 1, ',') && !s.punct(k - 1, ',')
        })
}

/// A vague reference starting at `i`.
pub(crate) fn reference(s: &Scanner, i: usize) -> Option<Found> {
    let w = s.w(i);
    // Rule: "right now", "just now" take the adverb in.
    if matches!(w, "right" | "just") && s.is(i + 1, "now") {
        return Some(text(i + 2, TimexKind::Date, "PRESENT_REF"));
    }
    // Rule: "Now, he says, …", "Now for the quiz": a sentence-opening "now" before a speech
    // tag or "for" turns the discourse, it does not date it ("Now, the nation desires …" does).
    if w == "now" && s.capitalized(i) && (s.is(i + 1, "for") || before_a_speech_tag(s, i + 1)) {
        return None;
    }
    if let Some(value) = references::single(w) {
        return Some(text(i + 1, TimexKind::Date, value));
    }
    // Rule: "current" before a noun is the present ("current market conditions", "his current
    // position"); "the current year" is left to the deictic rule, "current account" is a term.
    if w == "current"
        && s.kind(i + 1) == Some(PieceKind::Word)
        && !s.capitalized(i + 1)
        && !references::is_current_term(s.base(i + 1))
    {
        return Some(text(i + 1, TimexKind::Date, "PRESENT_REF"));
    }
    let the = w == "the";
    let j = if the { i + 1 } else { i };
    // Rule: "recent years" is a vague duration; "the coming months" a vague future.
    if s.is(j, "recent") {
        if let Some((unit, true)) = units::noun(s.w(j + 1)) {
            if unit >= Unit::Day {
                let value = super::durations::duration_value(super::count::Count::Vague, unit);
                return Some(text(j + 2, TimexKind::Duration, &value));
            }
        }
        return None;
    }
    if let Some(value) = references::vague_future_adjective(s.w(j)) {
        if let Some((unit, true)) = units::noun(s.w(j + 1)) {
            if unit >= Unit::Day {
                return Some(text(j + 2, TimexKind::Date, value));
            }
        }
        return None;
    }
    // Rule: "at a later date", "at a future date": the future. ("As soon as possible" is left
    // out: it says how quickly, and dating an event by it would say nothing.)
    if w == "a" && matches!(s.w(i + 1), "later" | "future") && s.is(i + 2, "date") {
        return Some(text(i + 3, TimexKind::Date, "FUTURE_REF"));
    }
    if the {
        // Rule: "in the near term", "for the long term": the future; not the adjective ("the
        // long-term trend", "the short term rate").
        if matches!(s.w(j), "near" | "short" | "long")
            && s.is(j + 1, "term")
            && !s.joiner(j + 1)
            && !(s.kind(j + 2) == Some(PieceKind::Word)
                && !s.capitalized(j + 2)
                && !context::ends_a_noun_phrase(s.w(j + 2)))
        {
            return Some(text(j + 2, TimexKind::Date, "FUTURE_REF"));
        }
        // Rule: "the weeks ahead", "the months ahead": a vague stretch of the future.
        if let Some((unit, true)) = units::noun(s.w(j)) {
            if s.is(j + 1, "ahead") && unit >= Unit::Day {
                let value = super::durations::duration_value(super::count::Count::Vague, unit);
                return Some(text(j + 2, TimexKind::Duration, &value));
            }
        }
    }
    if !the {
        if w == "these" && s.is(i + 1, "days") {
            return Some(text(i + 2, TimexKind::Date, "PRESENT_REF"));
        }
        return None;
    }
    // Rule: "the near future", "the foreseeable future", "the distant past".
    let (adjective, k) = match s.w(j) {
        "near" | "foreseeable" | "immediate" | "distant" | "recent" | "not-too-distant" => {
            (true, j + 1)
        }
        _ => (false, j),
    };
    let value = references::after_the(s.w(k))?;
    if value == "PRESENT_REF" && !adjective {
        // "the present" is rarely a time in news ("the present situation"); only "at the present".
        if !(i > 0 && s.is(i - 1, "at")) {
            return None;
        }
    }
    // "the past three years" is a duration; "the past week" too — leave those to the amount rule.
    let next = s.w(k + 1);
    if units::noun(s.base(k + 1)).is_some()
        || super::count::count(s, k + 1, false).is_some()
        || matches!(next, "few" | "several")
    {
        return None;
    }
    Some(text(k + 1, TimexKind::Date, value))
}

#[cfg(test)]
mod tests {
    use super::super::super::tag;

    fn values(text: &str) -> Vec<(String, String)> {
        tag(text, None).into_iter().map(|t| (t.span.of(text).to_string(), t.value)).collect()
    }

    #[test]
    fn now_and_currently_are_the_present() {
        assert_eq!(values("It is now closed."), [("now".into(), "PRESENT_REF".into())]);
        assert_eq!(values("currently"), [("currently".into(), "PRESENT_REF".into())]);
    }

    #[test]
    fn recent_years_is_a_vague_duration_and_the_coming_months_the_future() {
        assert_eq!(values("in recent years"), [("recent years".into(), "PXY".into())]);
        assert_eq!(
            values("in the coming months"),
            [("the coming months".into(), "FUTURE_REF".into())]
        );
    }

    #[test]
    fn the_future_and_the_near_future() {
        assert_eq!(values("in the near future"), [("the near future".into(), "FUTURE_REF".into())]);
        assert_eq!(values("as in the past,"), [("the past".into(), "PAST_REF".into())]);
    }

    #[test]
    fn the_past_followed_by_a_unit_is_left_to_durations() {
        assert_eq!(values("over the past two years")[0].1, "P2Y");
    }

    #[test]
    fn current_before_a_noun_is_the_present() {
        assert_eq!(
            values("because of current market conditions"),
            [("current".into(), "PRESENT_REF".into())]
        );
        assert_eq!(values("the current account deficit"), []);
        assert_eq!(values("a strong current."), []);
    }

    #[test]
    fn vague_futures_in_phrases() {
        assert_eq!(
            values("financing at a later date."),
            [("a later date".into(), "FUTURE_REF".into())]
        );
        assert!(values("liquidate it as soon as possible.").is_empty());
        assert_eq!(
            values("the challenges of the near term."),
            [("the near term".into(), "FUTURE_REF".into())]
        );
        assert_eq!(
            values("to placate holders in the short term."),
            [("the short term".into(), "FUTURE_REF".into())]
        );
        assert!(values("the long term trend").is_empty());
    }

    #[test]
    fn the_weeks_ahead_is_a_vague_duration() {
        assert_eq!(values("in the weeks ahead."), [("the weeks ahead".into(), "PXW".into())]);
    }

    #[test]
    fn a_sentence_opening_now_before_a_comma_is_a_discourse_marker() {
        assert!(values("It failed. Now, he says, it looks bad.").is_empty());
        assert!(values("Now, Ms. Conlin said, it will matter.").is_empty());
        assert_eq!(values("Now, the nation desires peace.")[0].1, "PRESENT_REF");
        assert!(values("Now for the quiz.").is_empty());
        assert_eq!(
            values("Now officials are investigating."),
            [("Now".into(), "PRESENT_REF".into())]
        );
    }
}
